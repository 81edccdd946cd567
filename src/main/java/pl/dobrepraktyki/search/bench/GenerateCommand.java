package pl.dobrepraktyki.search.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.system.cli.CliCommand;
import pl.dobrepraktyki.system.cli.CommandException;

/** {@code java -jar bdp.jar generate --practices N --seed S [--no-reindex]}. */
@Component
class GenerateCommand implements CliCommand {

    private final PracticeGenerator generator;

    GenerateCommand(PracticeGenerator generator) {
        this.generator = generator;
    }

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "Dodaje syntetyczne opublikowane praktyki (dane demonstracyjne) do testów wydajności.";
    }

    @Override
    public String usage() {
        return """
                Użycie: java -jar bdp.jar generate --practices N [--seed S] [--no-reindex]

                Zapisuje N syntetycznych, opublikowanych praktyk napisanych po polsku z zasobów słów
                i szablonów, w realnych jednostkach samorządu (wszystkie rodzaje i województwa),
                oznaczonych jako dane demonstracyjne, o identyfikatorach zewnętrznych gen-<S>-<n>.
                Ten sam seed daje te same praktyki; ponowne uruchomienie niczego nie zmienia.
                Zapis idzie transakcjami po 500 praktyk z wierszami postępu; na koniec indeks
                wyszukiwania jest przebudowywany w całości (--no-reindex: pomiń, wtedy uruchom
                później polecenie reindex albo przycisk na /admin/indeks). Domyślny seed: 1.""";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws CommandException {
        long count = -1;
        long seed = 1;
        boolean reindex = true;
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--practices" -> count = number(option, rest);
                case "--seed" -> seed = number(option, rest);
                case "--no-reindex" -> reindex = false;
                default -> throw new CommandException("nieznana opcja " + option + "; zobacz: help generate");
            }
        }
        if (count < 1) {
            throw new CommandException("podaj liczbę praktyk, np. generate --practices 10000 --seed 1");
        }
        out.println(generator.generate(count, seed, reindex, out::println).describe());
        return 0;
    }

    private static long number(String option, List<String> rest) throws CommandException {
        if (rest.isEmpty()) {
            throw new CommandException(option + " wymaga liczby");
        }
        try {
            return Long.parseLong(rest.remove(0));
        }
        catch (NumberFormatException e) {
            throw new CommandException(option + " wymaga liczby całkowitej");
        }
    }
}
