package pl.dobrepraktyki.catalog.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.system.cli.CliCommand;
import pl.dobrepraktyki.system.cli.CommandException;

/** {@code java -jar bdp.jar import-practices <file.json>}. */
@Component
class ImportPracticesCommand implements CliCommand {

    private final PracticeTransferService transfer;

    ImportPracticesCommand(PracticeTransferService transfer) {
        this.transfer = transfer;
    }

    @Override
    public String name() {
        return "import-practices";
    }

    @Override
    public String summary() {
        return "Wczytuje praktyki z pliku JSON (docs/import-format.md); wszystko albo nic.";
    }

    @Override
    public String usage() {
        return """
                Użycie: java -jar bdp.jar import-practices <plik.json>

                Wczytuje tablicę praktyk w formacie opisanym w docs/import-format.md. Najpierw sprawdza
                wszystkie rekordy; jeśli któryś jest błędny, wypisuje numer rekordu (od 0) i pole, i nic
                nie zapisuje. Rekord z externalId, który już jest w bazie, aktualizuje praktykę.""";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws CommandException {
        if (args.size() != 1) {
            throw new CommandException("podaj jeden plik JSON, np. import-practices praktyki.json");
        }
        Path file = Path.of(args.get(0));
        if (!Files.isReadable(file)) {
            throw new CommandException("nie można odczytać pliku " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            out.println(transfer.importPractices(in, file.getFileName().toString(), out::println).describe());
            return 0;
        }
        catch (PracticeImportException e) {
            e.problems().forEach(p -> out.println("  " + p));
            throw new CommandException(e.getMessage());
        }
        catch (IOException e) {
            throw new CommandException("nie można odczytać pliku " + file + ": " + e.getMessage());
        }
    }
}
