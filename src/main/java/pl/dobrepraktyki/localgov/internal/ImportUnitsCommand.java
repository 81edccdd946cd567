package pl.dobrepraktyki.localgov.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.system.cli.CliCommand;
import pl.dobrepraktyki.system.cli.CommandException;

/**
 * {@code java -jar bdp.jar import-units [--terc <file>] [--population <file>]}: loads or refreshes
 * the register of units. Without options it uses the bundled files.
 */
@Component("import-units")
class ImportUnitsCommand implements CliCommand {

    private final UnitImportService importer;

    ImportUnitsCommand(UnitImportService importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import-units";
    }

    @Override
    public String summary() {
        return "Wczytuje albo odświeża rejestr JST (TERYT, ludność, powierzchnia).";
    }

    @Override
    public String usage() {
        return """
                import-units [--terc <plik>] [--population <plik>]

                Wczytuje jednostki samorządu terytorialnego z rejestru TERC (GUS, TERYT) oraz ludność
                i powierzchnię. Import sprawdza każdy wiersz i zapisuje wszystko albo nic; ponowny import
                aktualizuje nazwy i dane, nie tworzy duplikatów.

                  --terc <plik>        plik TERC, wersja urzędowa (WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA);
                                       domyślnie dołączony plik, stan na 2025-01-01
                  --population <plik>  plik ludnosc_powierzchnia_jst.csv (kolumny teryt, ludnosc_2024,
                                       powierzchnia_ha_2025, powierzchnia_km2_2025); domyślnie dołączony plik
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out) throws CommandException {
        Resource terc = new ClassPathResource(UnitImportService.BUNDLED_TERC);
        Resource population = new ClassPathResource(UnitImportService.BUNDLED_POPULATION);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            }
            else if (i + 1 < args.size()) {
                value = args.get(++i);
            }
            else {
                throw new CommandException("opcja " + option + " wymaga ścieżki pliku\n\n" + usage());
            }
            switch (option) {
                case "--terc" -> terc = file(value);
                case "--population" -> population = file(value);
                default -> throw new CommandException("nieznana opcja " + option + "\n\n" + usage());
            }
        }
        try {
            UnitImportService.Result result = importer.importUnits(terc, population,
                    progress -> out.println(progress.describe()));
            out.println(result.describe());
            return 0;
        }
        catch (UnitImportException e) {
            throw new CommandException(e.getMessage() + " (nic nie zmieniono)", e);
        }
    }

    private static Resource file(String path) throws CommandException {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CommandException("nie można odczytać pliku " + path);
        }
        return new FileSystemResource(file);
    }
}
