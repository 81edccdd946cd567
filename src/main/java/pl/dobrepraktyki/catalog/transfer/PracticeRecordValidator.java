package pl.dobrepraktyki.catalog.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/**
 * Checks records of an import file against {@code docs/import-format.md} before anything is
 * written; every problem names the record's index and the field, in Polish.
 */
class PracticeRecordValidator {

    static final Set<String> STATUSES = Set.of("PUBLISHED", "REVERIFICATION_DUE", "ARCHIVED", "DRAFT", "SUBMITTED");

    /** Which codes exist: taxonomy name ("section", "area", "type", "source", "fundingProject") and code. */
    interface Vocabulary {
        boolean has(String taxonomy, String code);

        boolean unitExists(String teryt);
    }

    private final Vocabulary vocabulary;
    private final int maxYear;

    PracticeRecordValidator(Vocabulary vocabulary, LocalDate today) {
        this.vocabulary = vocabulary;
        this.maxYear = today.getYear() + 1;
    }

    List<RecordProblem> validate(List<PracticeRecord> records) {
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> externalIds = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            PracticeRecord r = records.get(i);
            if (r == null) {
                problems.add(new RecordProblem(i, "-", "rekord jest pusty (null)"));
                continue;
            }
            new Check(i, problems).record(r, externalIds);
        }
        return problems;
    }

    private final class Check {

        private final int index;
        private final List<RecordProblem> problems;

        Check(int index, List<RecordProblem> problems) {
            this.index = index;
            this.problems = problems;
        }

        void record(PracticeRecord r, Set<String> externalIds) {
            if (r.externalId() != null) {
                length("externalId", r.externalId(), 100);
                if (!externalIds.add(r.externalId())) {
                    fail("externalId", "powtarza się w pliku: " + r.externalId());
                }
            }
            required("title", r.title());
            length("title", r.title(), 300);
            required("leadUnitTeryt", r.leadUnitTeryt());
            unit("leadUnitTeryt", r.leadUnitTeryt());
            for (String partner : r.partnerUnitTeryts()) {
                unit("partnerUnitTeryts", partner);
            }
            code("section", "section", r.section(), true);
            codes("areas", "area", r.areas());
            codes("types", "type", r.types());
            if (r.year() == null) {
                fail("year", "brak roku rozpoczęcia");
            }
            else if (r.year() < 1990 || r.year() > maxYear) {
                fail("year", "rok spoza zakresu 1990–" + maxYear + ": " + r.year());
            }
            if (r.periodStart() != null && r.periodEnd() != null && r.periodEnd().isBefore(r.periodStart())) {
                fail("periodEnd", "koniec okresu jest przed jego początkiem");
            }
            required("summary", r.summary());
            length("summary", r.summary(), 1000);
            required("problem", r.problem());
            required("goals", r.goals());
            required("solution", r.solution());
            required("lessons", r.lessons());
            resources(r.resources());
            results(r.results());
            transferability(r.transferability());
            if (r.contact() != null && r.contact().email() != null && !r.contact().email().isBlank()
                    && !r.contact().email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                fail("contact.email", "nieprawidłowy adres e-mail: " + r.contact().email());
            }
            for (PracticeRecord.Link link : r.links()) {
                if (link == null || link.url() == null || !link.url().matches("(?i)https?://\\S+")) {
                    fail("links", "adres musi zaczynać się od http:// lub https://");
                }
            }
            code("source", "source", r.source(), true);
            code("fundingProject", "fundingProject", r.fundingProject(), false);
            if (r.status() == null || !STATUSES.contains(r.status())) {
                fail("status", "dozwolone: " + String.join(", ", STATUSES.stream().sorted().toList()));
            }
        }

        private void resources(PracticeRecord.Resources resources) {
            if (resources == null) {
                fail("resources", "brak opisu zasobów");
                return;
            }
            if (resources.costPln() != null && resources.costPln().signum() < 0) {
                fail("resources.costPln", "koszt nie może być ujemny");
            }
        }

        private void results(List<PracticeRecord.Result> results) {
            if (results.isEmpty()) {
                fail("results", "co najmniej jeden mierzalny rezultat jest wymagany");
            }
            for (int j = 0; j < results.size(); j++) {
                PracticeRecord.Result result = results.get(j);
                String field = "results[" + j + "]";
                if (result == null || blank(result.indicator()) || blank(result.before()) || blank(result.after())) {
                    fail(field, "rezultat wymaga wskaźnika oraz wartości przed i po");
                }
            }
        }

        private void transferability(PracticeRecord.Transferability transferability) {
            if (transferability == null || blank(transferability.conditions())) {
                fail("transferability.conditions", "brak warunków przeniesienia praktyki");
                return;
            }
            enumValues("transferability.unitKinds", transferability.unitKinds(), v -> isEnum(UnitKind.class, v));
            enumValues("transferability.sizeCategories", transferability.sizeCategories(),
                    v -> isEnum(SizeCategory.class, v));
        }

        private void enumValues(String field, List<String> values, Predicate<String> valid) {
            if (values != null) {
                values.stream().filter(valid.negate()).forEach(v -> fail(field, "nieznany kod: " + v));
            }
        }

        private void unit(String field, String teryt) {
            if (teryt != null && !teryt.isBlank() && !vocabulary.unitExists(teryt)) {
                fail(field, "w rejestrze TERYT nie ma jednostki " + teryt);
            }
        }

        private void code(String field, String taxonomy, String code, boolean required) {
            if (blank(code)) {
                if (required) {
                    fail(field, "pole jest wymagane");
                }
            }
            else if (!vocabulary.has(taxonomy, code)) {
                fail(field, "nieznany kod: " + code);
            }
        }

        private void codes(String field, String taxonomy, List<String> codes) {
            if (codes.isEmpty()) {
                fail(field, "podaj co najmniej jeden kod");
            }
            codes.forEach(c -> code(field, taxonomy, c, true));
        }

        private void required(String field, String value) {
            if (blank(value)) {
                fail(field, "pole jest wymagane");
            }
        }

        private void length(String field, String value, int max) {
            if (value != null && value.length() > max) {
                fail(field, "najwyżej " + max + " znaków, jest " + value.length());
            }
        }

        private void fail(String field, String message) {
            problems.add(new RecordProblem(index, field, message));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        if (value == null) {
            return false;
        }
        try {
            Enum.valueOf(type, value);
            return true;
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }
}
