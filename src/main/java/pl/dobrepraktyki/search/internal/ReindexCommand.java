package pl.dobrepraktyki.search.internal;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.system.cli.CliCommand;
import pl.dobrepraktyki.system.cli.CommandException;

/** {@code java -jar bdp.jar reindex}: rebuilds the search index from the database. */
@Component
class ReindexCommand implements CliCommand {

    private final Reindexer reindexer;

    ReindexCommand(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String summary() {
        return "Przebudowuje indeks wyszukiwania z bazy danych (bez utraty danych).";
    }

    @Override
    public String usage() {
        return """
                Użycie: java -jar bdp.jar reindex

                Usuwa zawartość indeksu wyszukiwania i buduje go od nowa ze wszystkich opublikowanych
                praktyk w bazie danych. Wypisuje postęp (ile zrobiono, tempo, pozostały czas).""";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws CommandException {
        if (!args.isEmpty()) {
            throw new CommandException("reindex nie przyjmuje argumentów");
        }
        reindexer.run("cli", out::println);
        return 0;
    }
}
