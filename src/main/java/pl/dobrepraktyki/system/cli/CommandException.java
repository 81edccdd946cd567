package pl.dobrepraktyki.system.cli;

/** A command failed; the message is printed to the user as it is. */
public class CommandException extends Exception {

    public CommandException(String message) {
        super(message);
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
