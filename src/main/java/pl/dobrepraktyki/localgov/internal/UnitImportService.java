package pl.dobrepraktyki.localgov.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.LocalGovernment.UnitFacts;
import pl.dobrepraktyki.localgov.TerytCode;

/**
 * Loads the register from the TERC file and the population/area file.
 * <ul>
 * <li>Both files are streamed and every row is validated before anything is written; a bad row
 * throws {@link UnitImportException} naming the file and line.</li>
 * <li>All units are written in one transaction: all or nothing.</li>
 * <li>Idempotent: units are matched by TERYT code, so a re-import updates names, kinds and
 * population in place and keeps ids; it never duplicates. Units missing from the new file are
 * kept (other data may point at them) and counted in the result.</li>
 * </ul>
 */
@Service
public class UnitImportService {

    /** The bundled register, state 2025-01-01 (see {@code localgov/NOTICE.md}). */
    public static final String BUNDLED_TERC = "localgov/terc.csv";
    /** The bundled population 2024 and area 2025. */
    public static final String BUNDLED_POPULATION = "localgov/ludnosc_powierzchnia_jst.csv";

    private static final int REPORT_EVERY = 1_000;
    private static final int FLUSH_EVERY = 500;

    private final LocalGovernmentRepository units;
    private final TransactionTemplate transaction;
    private final Clock clock;

    UnitImportService(LocalGovernmentRepository units, PlatformTransactionManager transactionManager,
            ObjectProvider<Clock> clock) {
        this.units = units;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** What an import did. */
    public record Result(int created, int updated, int unchanged, int notInFile, int withoutPopulation,
            LocalDate stateDate, Duration took) {

        public int total() {
            return created + updated + unchanged;
        }

        public String describe() {
            return "Rejestr JST (stan na %s): %d jednostek, nowych %d, zmienionych %d, bez zmian %d, bez danych o ludności %d%s; czas %.1f s"
                    .formatted(stateDate, total(), created, updated, unchanged, withoutPopulation,
                            notInFile > 0 ? ", w bazie, a nie w pliku: " + notInFile : "", took.toMillis() / 1000.0);
        }
    }

    public Result importBundled(ImportProgress.Listener listener) {
        return importUnits(new ClassPathResource(BUNDLED_TERC), new ClassPathResource(BUNDLED_POPULATION), listener);
    }

    public Result importUnits(Resource terc, Resource population, ImportProgress.Listener listener) {
        long started = clock.millis();
        String tercName = nameOf(terc);
        String populationName = nameOf(population);

        TercFile.Result register = read(terc, tercName,
                reader -> TercFile.read(reader, tercName, tracker(tercName, terc, listener)));
        Map<String, PopulationFile.Stats> stats = read(population, populationName,
                reader -> PopulationFile.read(reader, populationName, tracker(populationName, population, listener)));

        List<Prepared> prepared = new ArrayList<>(register.units().size());
        for (TercFile.TercUnit unit : register.units()) {
            PopulationFile.Stats unitStats = stats.get(unit.teryt());
            if (unitStats == null && unit.countyTeryt() != null) {
                unitStats = stats.get(unit.countyTeryt());
            }
            Integer people = unitStats == null ? null : unitStats.population();
            prepared.add(new Prepared(TerytCode.of(unit.teryt()), new UnitFacts(unit.name(), unit.kind(),
                    unit.parentTeryt(), unit.countyTeryt(), people, unitStats == null ? null : unitStats.areaKm2())));
        }

        ProgressTracker saving = new ProgressTracker("zapis", prepared.size(), REPORT_EVERY, clock, listener);
        Counts counts = transaction.execute(status -> write(prepared, saving));
        int withoutPopulation = (int) prepared.stream().filter(p -> p.facts().population() == null).count();
        return new Result(counts.created, counts.updated, counts.unchanged, counts.notInFile, withoutPopulation,
                register.stateDate(), Duration.ofMillis(clock.millis() - started));
    }

    private record Prepared(TerytCode teryt, UnitFacts facts) {
    }

    private static final class Counts {
        int created;
        int updated;
        int unchanged;
        int notInFile;
    }

    private Counts write(List<Prepared> prepared, ProgressTracker saving) {
        Map<String, LocalGovernment> existing = units.findAll().stream()
                .collect(Collectors.toMap(LocalGovernment::getTeryt, Function.identity()));
        Set<String> seen = new HashSet<>();
        Counts counts = new Counts();
        List<LocalGovernment> batch = new ArrayList<>(FLUSH_EVERY);
        for (Prepared unit : prepared) {
            seen.add(unit.teryt().value());
            LocalGovernment current = existing.get(unit.teryt().value());
            if (current == null) {
                batch.add(LocalGovernment.register(unit.teryt(), unit.facts()));
                counts.created++;
            }
            else if (current.refresh(unit.facts())) {
                counts.updated++;
            }
            else {
                counts.unchanged++;
            }
            if (batch.size() >= FLUSH_EVERY) {
                units.saveAll(batch);
                units.flush();
                batch.clear();
            }
            saving.advance();
        }
        units.saveAll(batch);
        units.flush();
        counts.notInFile = (int) existing.keySet().stream().filter(code -> !seen.contains(code)).count();
        saving.finish();
        return counts;
    }

    private ProgressTracker tracker(String step, Resource resource, ImportProgress.Listener listener) {
        return new ProgressTracker(step, Math.max(0, countLines(resource) - 1), REPORT_EVERY, clock, listener);
    }

    @FunctionalInterface
    private interface FileReader<T> {
        T read(Reader reader) throws IOException;
    }

    private static <T> T read(Resource resource, String name, FileReader<T> parser) {
        if (!resource.exists()) {
            throw new UnitImportException(name, 0, "nie ma takiego pliku");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = resource.getInputStream();
                Reader reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024)) {
            return parser.read(reader);
        }
        catch (CharacterCodingException e) {
            throw new UnitImportException(name, "plik nie jest w kodowaniu UTF-8", e);
        }
        catch (IOException e) {
            throw new UnitImportException(name, "nie można odczytać pliku: " + e.getMessage(), e);
        }
    }

    /** Counts lines (for the progress total) without holding the file in memory. */
    private static long countLines(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long lines = 0;
            int last = '\n';
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[read - 1];
            }
            return last == '\n' ? lines : lines + 1;
        }
        catch (IOException e) {
            return 0;
        }
    }

    private static String nameOf(Resource resource) {
        String name = resource.getFilename();
        return name == null ? resource.getDescription() : name;
    }
}
