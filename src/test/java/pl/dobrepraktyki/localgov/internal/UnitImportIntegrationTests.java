package pl.dobrepraktyki.localgov.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.system.cli.CliCommand;
import pl.dobrepraktyki.system.cli.CommandException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The import against the real database, starting from the register the start-up import loaded. */
@IntegrationTest
class UnitImportIntegrationTests {

    private static final Resource TERC = new ClassPathResource(UnitImportService.BUNDLED_TERC);
    private static final Resource POPULATION = new ClassPathResource(UnitImportService.BUNDLED_POPULATION);

    @Autowired
    UnitImportService importer;

    @Autowired
    LocalGovernmentRepository repository;

    @Autowired
    Map<String, CliCommand> commands;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @AfterEach
    void restoreBundledRegister() {
        importer.importBundled(ImportProgress.Listener.NONE);
    }

    @Test
    void reimportIsIdempotentAndKeepsIds() {
        Map<String, LocalGovernment> before = snapshot();

        UnitImportService.Result result = importer.importBundled(ImportProgress.Listener.NONE);

        assertThat(result.created()).isZero();
        assertThat(result.updated()).isZero();
        assertThat(result.unchanged()).isEqualTo(2809);
        assertThat(result.withoutPopulation()).isEqualTo(2);
        assertThat(repository.count()).isEqualTo(2809);
        Map<String, LocalGovernment> after = snapshot();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((code, unit) -> assertThat(after.get(code).getId()).isEqualTo(unit.getId()));
    }

    @Test
    void reimportUpdatesNamesAndPopulationInPlace() throws IOException {
        Long id = repository.findByCode("2812052").orElseThrow().getId();
        Path terc = copyWith(TERC, "terc.csv", "28;12;05;2;Nowe Miasto Lubawskie;", "28;12;05;2;Bratian;");
        Path population = copyWith(POPULATION, "ludnosc.csv", "1061011;gmina miejska;1;Łódź;gmina miejska;645690;",
                "1061011;gmina miejska;1;Łódź;gmina miejska;640000;");

        UnitImportService.Result result = importer.importUnits(new FileSystemResource(terc),
                new FileSystemResource(population), ImportProgress.Listener.NONE);

        assertThat(result.updated()).isEqualTo(2);
        assertThat(result.created()).isZero();
        LocalGovernment bratian = repository.findByCode("2812052").orElseThrow();
        assertThat(bratian.getId()).isEqualTo(id);
        assertThat(bratian.getName()).isEqualTo("Bratian");
        assertThat(bratian.getNameFolded()).isEqualTo("bratian");
        assertThat(repository.findByCode("1061").orElseThrow().getPopulation()).isEqualTo(640_000);
        assertThat(repository.count()).isEqualTo(2809);
    }

    @Test
    void badRowNamesItsLineAndChangesNothing() throws IOException {
        Map<String, LocalGovernment> before = snapshot();
        // line 4 renames a gmina, line 2000 is broken: the rename must not be saved either
        Path terc = copyWith(TERC, "terc.csv", "02;01;01;1;Bolesławiec;", "02;01;01;1;Nowy Bolesławiec;");
        String line2000 = Files.readAllLines(terc).get(1999);
        Files.writeString(terc, Files.readString(terc).replace(line2000 + "\n", "12;07;1x;2;Zła;gmina wiejska;2025-01-01\n"));

        assertThatExceptionOfType(UnitImportException.class)
                .isThrownBy(() -> importer.importUnits(new FileSystemResource(terc), POPULATION,
                        ImportProgress.Listener.NONE))
                .withMessageStartingWith("terc.csv, wiersz 2000: GMI")
                .satisfies(e -> assertThat(e.getLine()).isEqualTo(2000));

        Map<String, LocalGovernment> after = snapshot();
        assertThat(after).hasSameSizeAs(before);
        assertThat(after.get("0201011").getName()).isEqualTo("Bolesławiec");
    }

    @Test
    void databaseFailureWhileWritingRollsBackEveryEarlierChange() throws IOException {
        // a stray unit (not in the file) holds Piotrków Trybunalski's county code, so saving
        // Piotrków fails on the unique constraint, long after Bolesławiec (line 4) was renamed
        jdbc.sql("update local_government set county_teryt = null where teryt = '1062011'").update();
        jdbc.sql("insert into local_government (id, teryt, county_teryt, name, name_folded, kind, voivodeship_teryt)"
                + " values (-1, '1099011', '1062', 'Stray', 'stray', 'CITY_COUNTY', '10')").update();
        Path terc = copyWith(TERC, "terc.csv", "02;01;01;1;Bolesławiec;", "02;01;01;1;Nowy Bolesławiec;");

        try {
            assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> importer
                    .importUnits(new FileSystemResource(terc), POPULATION, ImportProgress.Listener.NONE));

            assertThat(repository.findByCode("0201011").orElseThrow().getName()).isEqualTo("Bolesławiec");
            assertThat(repository.findByCode("1062011").orElseThrow().getCountyTeryt()).isNull();
        }
        finally {
            jdbc.sql("delete from local_government where id = -1").update();
        }
    }

    @Test
    void reportsProgressWithRateAndTimeLeft() {
        List<ImportProgress> reports = new ArrayList<>();

        importer.importBundled(reports::add);

        assertThat(reports).extracting(ImportProgress::step).contains("terc.csv", "ludnosc_powierzchnia_jst.csv", "zapis");
        ImportProgress last = reports.get(reports.size() - 1);
        assertThat(last.step()).isEqualTo("zapis");
        assertThat(last.done()).isEqualTo(last.total()).isEqualTo(2809);
        assertThat(last.perSecond()).isPositive();
        assertThat(last.describe()).startsWith("zapis: 2809/2809 (100%)");
    }

    @Test
    void importCommandIsABeanNamedImportUnits() throws CommandException {
        CliCommand command = commands.get("import-units");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(command.name()).isEqualTo("import-units");
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("zapis: 2809/2809").contains("2809 jednostek");
    }

    @Test
    void importCommandFailsWithTheLineNumber() throws IOException {
        Path population = copyWith(POPULATION, "ludnosc.csv", "1061011;gmina miejska;1;Łódź;gmina miejska;645690;",
                "1061011;gmina miejska;1;Łódź;gmina miejska;dużo;");
        List<String> lines = Files.readAllLines(population);
        int line = lines.indexOf(lines.stream().filter(l -> l.startsWith("1061011;")).findFirst().orElseThrow()) + 1;
        CliCommand command = commands.get("import-units");

        assertThatExceptionOfType(CommandException.class)
                .isThrownBy(() -> command.run(List.of("--population", population.toString()), System.out))
                .withMessageContaining("ludnosc.csv, wiersz " + line + ": ludnosc_2024")
                .withMessageContaining("nic nie zmieniono");
        assertThat(repository.findByCode("1061").orElseThrow().getPopulation()).isEqualTo(645_690);
    }

    @Test
    void importCommandRefusesUnknownOptionsAndMissingFiles() {
        CliCommand command = commands.get("import-units");

        assertThatExceptionOfType(CommandException.class)
                .isThrownBy(() -> command.run(List.of("--teryt", "x.csv"), System.out))
                .withMessageContaining("nieznana opcja --teryt");
        assertThatExceptionOfType(CommandException.class)
                .isThrownBy(() -> command.run(List.of("--terc=" + dir.resolve("brak.csv")), System.out))
                .withMessageContaining("nie można odczytać pliku");
    }

    private Map<String, LocalGovernment> snapshot() {
        return repository.findAll().stream().collect(Collectors.toMap(LocalGovernment::getTeryt, Function.identity()));
    }

    private Path copyWith(Resource resource, String name, String from, String to) throws IOException {
        String content;
        try (var in = resource.getInputStream()) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(content).contains(from);
        Path file = dir.resolve(name);
        Files.writeString(file, content.replace(from, to));
        return file;
    }
}
