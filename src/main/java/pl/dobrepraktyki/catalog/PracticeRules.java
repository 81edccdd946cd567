package pl.dobrepraktyki.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import pl.dobrepraktyki.catalog.CatalogValidationException.Problem;

/** Format rules every saved version keeps (drafts too): lengths, numbers, dates, addresses. */
final class PracticeRules {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final String PHONE = "[0-9+()\\- ]{6,30}";

    private PracticeRules() {
    }

    static List<Problem> check(PracticeContent c, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (c.title() == null) {
            problems.add(new Problem("title", "catalog.validation.title.required"));
        }
        max(problems, "title", c.title(), Practice.MAX_TITLE);
        max(problems, "summary", c.summary(), Practice.MAX_SUMMARY);
        for (String field : List.of("problem", "goals", "solution", "resultsText", "lessons", "transferConditions")) {
            max(problems, field, text(c, field), Practice.MAX_TEXT);
        }
        max(problems, "fundingSources", c.fundingSources(), 5000);
        max(problems, "people", c.people(), 5000);
        max(problems, "timeNeeded", c.timeNeeded(), 5000);
        if (c.partnerOrganisations().stream().anyMatch(o -> o.length() > 300)) {
            problems.add(new Problem("partnerOrganisations", "catalog.validation.tooLong"));
        }
        if (c.keywords().stream().anyMatch(k -> k.length() > 100)) {
            problems.add(new Problem("keywords", "catalog.validation.tooLong"));
        }
        if (c.startYear() != null && (c.startYear() < 1990 || c.startYear() > today.getYear() + 1)) {
            problems.add(new Problem("startYear", "catalog.validation.startYear.range"));
        }
        if (c.startDate() != null && c.endDate() != null && c.endDate().isBefore(c.startDate())) {
            problems.add(new Problem("endDate", "catalog.validation.endDate.beforeStart"));
        }
        if (c.costPln() != null && (c.costPln().signum() < 0 || c.costPln().compareTo(new BigDecimal("1e12")) >= 0
                || c.costPln().scale() > 2)) {
            problems.add(new Problem("costPln", "catalog.validation.cost.invalid"));
        }
        for (int i = 0; i < c.results().size(); i++) {
            Result r = c.results().get(i);
            if ((r.indicator() != null && r.indicator().length() > 300)
                    || (r.valueBefore() != null && r.valueBefore().length() > 100)
                    || (r.valueAfter() != null && r.valueAfter().length() > 100)) {
                problems.add(new Problem("results[" + i + "].indicator", "catalog.validation.tooLong"));
            }
            if (r.measuredOn() != null && r.measuredOn().isAfter(today)) {
                problems.add(new Problem("results[" + i + "].measuredOn", "catalog.validation.result.future"));
            }
        }
        Contact contact = c.contact();
        if (contact.email() != null && (!contact.email().matches(EMAIL) || contact.email().length() > 254)) {
            problems.add(new Problem("contactEmail", "catalog.validation.email.invalid"));
        }
        if (contact.phone() != null && !contact.phone().matches(PHONE)) {
            problems.add(new Problem("contactPhone", "catalog.validation.phone.invalid"));
        }
        max(problems, "contactName", contact.name(), 200);
        max(problems, "contactPosition", contact.position(), 200);
        for (int i = 0; i < c.links().size(); i++) {
            Link link = c.links().get(i);
            if (!link.isValid()) {
                problems.add(new Problem("links[" + i + "].url", "catalog.validation.link.invalid"));
            }
            if (link.title() != null && link.title().length() > 300) {
                problems.add(new Problem("links[" + i + "].title", "catalog.validation.tooLong"));
            }
        }
        return problems;
    }

    private static String text(PracticeContent c, String field) {
        return switch (field) {
            case "problem" -> c.problem();
            case "goals" -> c.goals();
            case "solution" -> c.solution();
            case "resultsText" -> c.resultsText();
            case "lessons" -> c.lessons();
            default -> c.transferConditions();
        };
    }

    private static void max(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "catalog.validation.tooLong"));
        }
    }
}
