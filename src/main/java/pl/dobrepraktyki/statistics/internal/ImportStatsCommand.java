package pl.dobrepraktyki.statistics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.system.cli.CliCommand;
import pl.dobrepraktyki.system.cli.CommandException;

/** {@code java -jar bdp.jar import-stats [--rok <year>] <file.csv>...}. */
@Component
class ImportStatsCommand implements CliCommand {

    private final StatsImporter importer;

    ImportStatsCommand(StatsImporter importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import-stats";
    }

    @Override
    public String summary() {
        return "Wczytuje wskaźniki i ich wartości z plików CSV (docs/statistics-import.md); wszystko albo nic.";
    }

    @Override
    public String usage() {
        return """
                Użycie: java -jar bdp.jar import-stats [--rok <rok>] <plik.csv>...

                Rozpoznaje format po nagłówku (opis: docs/statistics-import.md):
                  teryt;indicator;year;value                 format długi (separator ; , lub tabulator)
                  kod_bdl;gmina6;rodz;poziom;...;wartosc;... GUS BDL w układzie długim (np. bdl_ludnosc_long.csv)
                  Kod;Nazwa;<zmienna>,<rok>,[<jednostka>];... tabela eksportu GUS BDL (CTAB)
                  indicator;name_pl;name_en;unit;...         katalog wskaźników (definicje, wzory pochodnych)

                Plik jest czytany strumieniowo. Jeśli którykolwiek wiersz jest błędny, wypisuje numery wierszy
                i nic nie zapisuje. Ponowny import tego samego pliku niczego nie zmienia. Kody BDL z roku danych
                są łączone z gminami rejestru po pierwszych 6 cyfrach.

                  --rok <rok>   rok danych tabeli BDL, której nagłówek nie podaje roku
                  bez pliku     wczytuje dołączony szereg ludności GUS BDL (2020, 2023, 2024)""";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws CommandException {
        Integer year = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--rok") || arg.startsWith("--rok=")) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : i + 1 < args.size() ? args.get(++i) : "";
                try {
                    year = Integer.valueOf(value);
                }
                catch (NumberFormatException e) {
                    throw new CommandException("--rok wymaga roku, np. --rok 2023");
                }
            }
            else if (arg.startsWith("--")) {
                throw new CommandException("nieznana opcja " + arg + "\n\n" + usage());
            }
            else {
                files.add(Path.of(arg));
            }
        }
        StatsImporter.Options options = new StatsImporter.Options(year);
        try {
            if (files.isEmpty()) {
                try (InputStream in = new org.springframework.core.io.ClassPathResource(StatsImporter.BUNDLED)
                        .getInputStream()) {
                    out.println(importer.importFile(in, "bdl_ludnosc_long.csv", -1, options, out::println).describe());
                }
                return 0;
            }
            for (Path file : files) {
                if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                    throw new CommandException("nie można odczytać pliku " + file);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    out.println(importer.importFile(in, file.getFileName().toString(), Files.size(file), options,
                            out::println).describe());
                }
            }
            return 0;
        }
        catch (StatsImportException e) {
            e.problems().forEach(p -> out.println("  " + p));
            if (e.problemCount() > e.problems().size()) {
                out.println("  … i " + (e.problemCount() - e.problems().size()) + " dalszych");
            }
            throw new CommandException(e.getMessage());
        }
        catch (IOException e) {
            throw new CommandException("nie można odczytać pliku: " + e.getMessage());
        }
    }
}
