package pl.dobrepraktyki.system.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A one-shot command run as {@code java -jar bdp.jar <name> [options]}. Features contribute
 * commands as beans. A command prints progress to {@code out}, returns 0 on success, and
 * throws {@link CommandException} with a message a person understands on failure.
 */
public interface CliCommand {

    /** The word typed after the jar, e.g. {@code import-units}. */
    String name();

    /** One line for {@code help}. */
    String summary();

    /** Usage text with the options, for {@code help <name>}. */
    String usage();

    int run(List<String> args, PrintStream out) throws CommandException;
}
