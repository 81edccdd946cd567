package pl.dobrepraktyki.system.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<List<String>> calls = new ArrayList<>();

    private final CliCommand ok = command("import-units", args -> {
        calls.add(args);
        return 0;
    });

    private final CliCommand failing = command("import-stats", args -> {
        throw new CommandException("plik nie istnieje: x.csv");
    });

    interface Body {
        int run(List<String> args) throws CommandException;
    }

    private static CliCommand command(String name, Body body) {
        return new CliCommand() {
            public String name() {
                return name;
            }

            public String summary() {
                return "opis " + name;
            }

            public String usage() {
                return "Użycie: " + name + " --plik <f>";
            }

            public int run(List<String> args, PrintStream out) throws CommandException {
                return body.run(args);
            }
        };
    }

    private int run(String... args) {
        return CommandLine.dispatch(List.of(ok, failing), List.of(args), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("import-units", "opis import-units", "import-stats");
        assertThat(run("help", "import-units")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Użycie: import-units --plik <f>");
    }

    @Test
    void runsTheNamedCommandWithItsOptions() {
        assertThat(run("import-units", "--terc", "a.csv")).isZero();
        assertThat(calls).containsExactly(List.of("--terc", "a.csv"));
    }

    @Test
    void aFailingCommandExitsWithOneAndAClearMessage() {
        assertThat(run("import-stats")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Błąd: plik nie istnieje: x.csv" + System.lineSeparator());
    }

    @Test
    void anUnknownCommandExitsWithTwoAndNamesTheKnownOnes() {
        assertThat(run("importuj")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nieznane polecenie „importuj”", "import-units");
    }

    @Test
    void springOptionsAreNotMistakenForCommands() {
        assertThat(CommandLine.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"help"})).isTrue();
        assertThat(CommandLine.isCommand(new String[0])).isFalse();
    }
}
