package pl.dobrepraktyki.catalog.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.system.cli.CliCommand;
import pl.dobrepraktyki.system.cli.CommandException;

/** {@code java -jar bdp.jar export-practices <file.json>}: the public practices in the import format. */
@Component
class ExportPracticesCommand implements CliCommand {

    static final EnumSet<PracticeStatus> EXPORTED = EnumSet.of(PracticeStatus.PUBLISHED,
            PracticeStatus.REVERIFICATION_DUE, PracticeStatus.ARCHIVED);

    private final PracticeTransferService transfer;

    ExportPracticesCommand(PracticeTransferService transfer) {
        this.transfer = transfer;
    }

    @Override
    public String name() {
        return "export-practices";
    }

    @Override
    public String summary() {
        return "Zapisuje opublikowane i zarchiwizowane praktyki do pliku JSON (format importu).";
    }

    @Override
    public String usage() {
        return """
                Użycie: java -jar bdp.jar export-practices <plik.json>

                Zapisuje praktyki opublikowane, czekające na ponowną weryfikację i zarchiwizowane w formacie
                z docs/import-format.md (ten sam plik można wczytać poleceniem import-practices).""";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws CommandException {
        if (args.size() != 1) {
            throw new CommandException("podaj plik wynikowy, np. export-practices praktyki.json");
        }
        Path file = Path.of(args.get(0)).toAbsolutePath();
        try {
            Path temp = Files.createTempFile(file.getParent(), "bdp-export", ".json");
            int count;
            try (OutputStream target = Files.newOutputStream(temp)) {
                count = transfer.exportPractices(target, EXPORTED);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            out.println("Zapisano " + count + " praktyk do " + file.getFileName());
            return 0;
        }
        catch (IOException e) {
            throw new CommandException("nie można zapisać pliku " + file + ": " + e.getMessage());
        }
    }
}
