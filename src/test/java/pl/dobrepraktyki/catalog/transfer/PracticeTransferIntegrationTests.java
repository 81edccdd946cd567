package pl.dobrepraktyki.catalog.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.system.cli.CommandException;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import is all-or-nothing, names the bad record, and what it writes is readable through the API. */
@IntegrationTest
class PracticeTransferIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PracticeTransferService transfer;

    @Autowired
    PracticeService practices;

    @Autowired
    ImportPracticesCommand importCommand;

    @Autowired
    ExportPracticesCommand exportCommand;

    @Autowired
    MockMvc mvc;

    static List<Map<String, Object>> sample() throws Exception {
        return JSON.readValue(Files.readString(Path.of("docs/import-sample.json")),
                new TypeReference<List<Map<String, Object>>>() { });
    }

    static List<Map<String, Object>> copies(String prefix, int count) throws Exception {
        List<Map<String, Object>> sample = sample();
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> record = new LinkedHashMap<>(sample.get(i % sample.size()));
            record.put("externalId", prefix + "-" + i);
            record.put("title", "Praktyka " + prefix + " nr " + i);
            records.add(record);
        }
        return records;
    }

    private static byte[] bytes(Object records) {
        return JSON.writeValueAsBytes(records);
    }

    @Test
    void aFileWithOneBadRecordChangesNothingAndNamesTheRecordAndField() throws Exception {
        List<Map<String, Object>> records = copies("bad", 5);
        records.get(3).put("leadUnitTeryt", "9999999");
        long before = practices.count();

        assertThatThrownBy(() -> transfer.importPractices(new ByteArrayInputStream(bytes(records)), "zle.json",
                line -> { }))
                .isInstanceOfSatisfying(PracticeImportException.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.index()).isEqualTo(3);
                            assertThat(p.field()).isEqualTo("leadUnitTeryt");
                        }));

        assertThat(practices.count()).isEqualTo(before);
        assertThat(practices.findByExternalId("bad-0")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void textsTooLongForTheFormAreRefusedLikeInTheFormWithTheFileFieldNamed() throws Exception {
        List<Map<String, Object>> records = copies("long", 3);
        List<Map<String, Object>> results = new ArrayList<>((List<Map<String, Object>>) records.get(1).get("results"));
        Map<String, Object> result = new LinkedHashMap<>(results.get(0));
        result.put("indicator", "wskaźnik ".repeat(40));
        results.set(0, result);
        records.get(1).put("results", results);
        Map<String, Object> contact = new LinkedHashMap<>((Map<String, Object>) records.get(2).get("contact"));
        contact.put("phone", "zadzwoń w poniedziałek");
        records.get(2).put("contact", contact);
        long before = practices.count();

        assertThatThrownBy(() -> transfer.importPractices(new ByteArrayInputStream(bytes(records)), "dlugie.json",
                line -> { }))
                .isInstanceOfSatisfying(PracticeImportException.class, e -> assertThat(e.problems())
                        .extracting(RecordProblem::toString)
                        .containsExactly("rekord 1, pole results[0]: Tekst jest za długi.",
                                "rekord 2, pole contact.phone: "
                                        + "Podaj numer telefonu (cyfry, spacje, +, nawiasy, myślniki)."));

        assertThat(practices.count()).isEqualTo(before);
        assertThat(practices.findByExternalId("long-0")).isEmpty();
    }

    @Test
    void idsThatDifferOnlyByWhiteSpaceAroundThemAreOneIdRepeated() throws Exception {
        List<Map<String, Object>> records = copies("space", 2);
        records.get(0).put("externalId", "space-same");
        records.get(1).put("externalId", "  space-same\t");
        long before = practices.count();

        assertThatThrownBy(() -> transfer.importPractices(new ByteArrayInputStream(bytes(records)), "spacje.json",
                line -> { }))
                .isInstanceOfSatisfying(PracticeImportException.class, e -> assertThat(e.problems())
                        .extracting(RecordProblem::toString)
                        .containsExactly("rekord 1, pole externalId: powtarza się w pliku: space-same"));
        assertThat(practices.count()).isEqualTo(before);

        records.remove(0);
        transfer.importPractices(new ByteArrayInputStream(bytes(records)), "spacje.json", line -> { });
        assertThat(practices.findByExternalId("space-same")).isPresent();
    }

    @Test
    void theCommandReportsTheBadRecordAndFailsWithNothingWritten(@TempDir Path dir) throws Exception {
        List<Map<String, Object>> records = copies("cli-bad", 3);
        records.get(1).remove("section");
        records.get(2).put("status", "OPUBLIKOWANA");
        Path file = dir.resolve("praktyki.json");
        Files.write(file, bytes(records));
        long before = practices.count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> importCommand.run(List.of(file.toString()), new PrintStream(out, true,
                StandardCharsets.UTF_8)))
                .isInstanceOf(CommandException.class).hasMessageContaining("nic nie zapisano");

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("rekord 1, pole section", "rekord 2, pole status");
        assertThat(practices.count()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> transfer.importPractices(new ByteArrayInputStream(
                "[{\"title\": \"x\",}".getBytes(StandardCharsets.UTF_8)), "zepsuty.json", line -> { }))
                .isInstanceOf(PracticeImportException.class).hasMessageContaining("zepsuty.json")
                .hasMessageContaining("wiersz 1");
    }

    @Test
    void fiveHundredPracticesImportAndEveryOneIsReadableThroughTheApi() throws Exception {
        List<Map<String, Object>> records = copies("bulk", 500);
        List<String> progress = new ArrayList<>();

        PracticeTransferService.ImportSummary summary = transfer.importPractices(
                new ByteArrayInputStream(bytes(records)), "bulk.json", progress::add);

        assertThat(summary.added()).isEqualTo(500);
        assertThat(progress).anyMatch(line -> line.contains("500/500"));
        for (int i = 0; i < 500; i++) {
            long id = practices.findByExternalId("bulk-" + i).orElseThrow().practiceId();
            mvc.perform(get("/api/v1/practices/{id}", id))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.title").value("Praktyka bulk nr " + i))
                    .andExpect(jsonPath("$.status").value("PUBLISHED"))
                    .andExpect(jsonPath("$.results[0].indicator").isNotEmpty());
        }

        PracticeTransferService.ImportSummary again = transfer.importPractices(
                new ByteArrayInputStream(bytes(records)), "bulk.json", line -> { });
        assertThat(again.unchanged()).isEqualTo(500);
        assertThat(again.added()).isZero();
    }

    @Test
    void exportWritesTheImportFormatBack(@TempDir Path dir) throws Exception {
        transfer.importPractices(new ByteArrayInputStream(bytes(copies("roundtrip", 2))), "rt.json", line -> { });
        Path file = dir.resolve("eksport.json");

        assertThat(exportCommand.run(List.of(file.toString()), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8))).isZero();

        List<Map<String, Object>> exported = JSON.readValue(Files.readString(file),
                new TypeReference<List<Map<String, Object>>>() { });
        Map<String, Object> original = sample().get(0);
        assertThat(exported).filteredOn(r -> "roundtrip-0".equals(r.get("externalId"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("title")).isEqualTo("Praktyka roundtrip nr 0");
                    assertThat(r.get("problem")).isEqualTo(original.get("problem"));
                    assertThat(r.get("results")).isEqualTo(original.get("results"));
                    assertThat(r.get("status")).isEqualTo(PracticeStatus.PUBLISHED.name());
                });
        // the exported file imports back without changes
        assertThat(transfer.importPractices(Files.newInputStream(file), "eksport.json", line -> { }).added())
                .isZero();
    }
}
