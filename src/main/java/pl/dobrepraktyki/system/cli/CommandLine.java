package pl.dobrepraktyki.system.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs {@code java -jar bdp.jar <command> [options]}: starts the platform without the web server,
 * runs one {@link CliCommand} and returns its exit code (0 success, 1 failure, 2 wrong usage).
 */
public final class CommandLine {

    /** Set while a command runs, so start-up work meant for the server can stay out of the way. */
    public static final String CLI_PROPERTY = "bdp.cli";

    private CommandLine() {
    }

    /** True when the first argument names a command rather than a Spring option. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        SpringApplication spring = new SpringApplication(application);
        spring.setWebApplicationType(WebApplicationType.NONE);
        spring.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        spring.setLogStartupInfo(false);
        spring.setDefaultProperties(Map.of(CLI_PROPERTY, "true", "logging.level.root", "WARN",
                "logging.level.pl.dobrepraktyki", "WARN"));
        try (ConfigurableApplicationContext context = spring.run(noSpringArgs(args))) {
            List<CliCommand> commands = context.getBeansOfType(CliCommand.class).values().stream()
                    .sorted(Comparator.comparing(CliCommand::name)).toList();
            return dispatch(commands, commandArgs(args), out, err);
        }
        catch (RuntimeException e) {
            err.println("Błąd: platforma nie wystartowała: " + rootMessage(e));
            return 1;
        }
    }

    static int dispatch(List<CliCommand> commands, List<String> args, PrintStream out, PrintStream err) {
        String name = args.get(0);
        List<String> options = args.subList(1, args.size());
        if (name.equals("help")) {
            if (!options.isEmpty()) {
                return commands.stream().filter(c -> c.name().equals(options.get(0))).findFirst().map(c -> {
                    out.println(c.usage());
                    return 0;
                }).orElseGet(() -> unknown(options.get(0), commands, err));
            }
            printHelp(commands, out);
            return 0;
        }
        return commands.stream().filter(c -> c.name().equals(name)).findFirst()
                .map(command -> runCommand(command, options, out, err))
                .orElseGet(() -> unknown(name, commands, err));
    }

    private static int runCommand(CliCommand command, List<String> options, PrintStream out, PrintStream err) {
        try {
            return command.run(options, out);
        }
        catch (CommandException e) {
            err.println("Błąd: " + e.getMessage());
            return 1;
        }
        catch (RuntimeException e) {
            err.println("Błąd: " + command.name() + " nie powiódł się: " + rootMessage(e));
            return 1;
        }
    }

    private static void printHelp(List<CliCommand> commands, PrintStream out) {
        out.println("Baza Dobrych Praktyk — polecenia jednorazowe");
        out.println();
        out.println("Użycie: java -jar bdp.jar <polecenie> [opcje]");
        out.println("        java -jar bdp.jar            (bez polecenia: uruchamia platformę)");
        out.println();
        out.println("Polecenia:");
        out.printf("  %-16s %s%n", "help [polecenie]", "ta pomoc albo opis jednego polecenia");
        commands.forEach(c -> out.printf("  %-16s %s%n", c.name(), c.summary()));
    }

    private static int unknown(String name, List<CliCommand> commands, PrintStream err) {
        err.println("Błąd: nieznane polecenie „" + name + "”. Dostępne: help, "
                + String.join(", ", commands.stream().map(CliCommand::name).toList()) + ".");
        return 2;
    }

    private static boolean isSpringOption(String arg) {
        return arg.startsWith("--spring.") || arg.startsWith("--bdp.");
    }

    private static String[] noSpringArgs(String[] args) {
        return Arrays.stream(args).filter(CommandLine::isSpringOption).toArray(String[]::new);
    }

    private static List<String> commandArgs(String[] args) {
        return Arrays.stream(args).filter(a -> !isSpringOption(a)).toList();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
