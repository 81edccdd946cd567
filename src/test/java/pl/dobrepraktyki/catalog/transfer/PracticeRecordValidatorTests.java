package pl.dobrepraktyki.catalog.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeRecordValidatorTests {

    private static final Set<String> CODES = Set.of("section:USLUGI_SPOLECZNE", "area:POMOC_SPOLECZNA",
            "type:ORGANIZACYJNA", "source:REDAKCJA", "fundingProject:POKL_5_2");

    private final PracticeRecordValidator validator = new PracticeRecordValidator(
            new PracticeRecordValidator.Vocabulary() {
                @Override
                public boolean has(String taxonomy, String code) {
                    return CODES.contains(taxonomy + ":" + code);
                }

                @Override
                public boolean unitExists(String teryt) {
                    return Set.of("1061011", "1061", "10").contains(teryt);
                }
            }, LocalDate.of(2026, 11, 22));

    static PracticeRecord valid(String externalId) {
        return new PracticeRecord(externalId, "Asystent rodziny w MOPS", "1061011", List.of("10"), List.of("Fundacja"),
                "USLUGI_SPOLECZNE", List.of("POMOC_SPOLECZNA"), List.of("ORGANIZACYJNA"), List.of("MOPS"), 2021,
                LocalDate.of(2021, 3, 1), null, "Krótko.", "Problem.", "Cele.", "Rozwiązanie.",
                new PracticeRecord.Resources(new BigDecimal("120000"), "budżet gminy", "2 etaty", "12 miesięcy"),
                List.of(new PracticeRecord.Result("rodziny objęte wsparciem", "40", "95", LocalDate.of(2023, 12, 31))),
                null, "Wnioski.", new PracticeRecord.Transferability("Warunki.", List.of("CITY_COUNTY"),
                        List.of("LARGE_CITIES")),
                null, List.of(new PracticeRecord.Link("Strona", "https://example.pl/x")), "REDAKCJA", "POKL_5_2",
                "PUBLISHED", LocalDate.of(2025, 1, 10), true);
    }

    @Test
    void aCompleteRecordHasNoProblems() {
        assertThat(validator.validate(List.of(valid("a"), valid("b")))).isEmpty();
    }

    @Test
    void everyProblemNamesTheRecordAndTheField() {
        PracticeRecord ok = valid("a");
        PracticeRecord bad = new PracticeRecord("b", " ", "9999999", List.of(), List.of(), "NIEZNANY", List.of(),
                List.of("ORGANIZACYJNA"), List.of(), 1850, null, null, "s", "p", "g", "s", null, List.of(), null, "l",
                new PracticeRecord.Transferability("w", List.of("MIASTO"), List.of()), null,
                List.of(new PracticeRecord.Link("zły", "javascript:alert(1)")), "REDAKCJA", null, "OPUBLIKOWANA", null,
                null);
        List<RecordProblem> problems = validator.validate(List.of(ok, bad, valid("a")));
        assertThat(problems).extracting(RecordProblem::index, RecordProblem::field).contains(
                org.assertj.core.groups.Tuple.tuple(1, "title"), org.assertj.core.groups.Tuple.tuple(1, "leadUnitTeryt"),
                org.assertj.core.groups.Tuple.tuple(1, "section"), org.assertj.core.groups.Tuple.tuple(1, "areas"),
                org.assertj.core.groups.Tuple.tuple(1, "year"), org.assertj.core.groups.Tuple.tuple(1, "resources"),
                org.assertj.core.groups.Tuple.tuple(1, "results"),
                org.assertj.core.groups.Tuple.tuple(1, "transferability.unitKinds"),
                org.assertj.core.groups.Tuple.tuple(1, "links"), org.assertj.core.groups.Tuple.tuple(1, "status"),
                org.assertj.core.groups.Tuple.tuple(2, "externalId"));
        assertThat(problems).noneMatch(p -> p.index() == 0);
        assertThat(problems.get(0).toString()).startsWith("rekord 1, pole title: pole jest wymagane");
    }
}
