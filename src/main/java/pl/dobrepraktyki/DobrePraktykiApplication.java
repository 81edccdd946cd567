package pl.dobrepraktyki;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

import pl.dobrepraktyki.system.cli.CommandLine;

/**
 * {@code java -jar bdp.jar} runs the platform; {@code java -jar bdp.jar <command> [options]} runs
 * one command and exits ({@code java -jar bdp.jar help} lists them).
 */
@SpringBootApplication
@Modulithic(sharedModules = "system")
public class DobrePraktykiApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(DobrePraktykiApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(DobrePraktykiApplication.class, args);
    }
}
