package pl.dobrepraktyki.editorial;

import java.util.ArrayList;
import java.util.List;

import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.Result;

/**
 * The methodology checklist of one practice: each part of the standardised description filled or
 * missing, computed from the saved state, and the completeness score (filled parts out of all
 * parts, as a whole percentage rounded down).
 */
public record Checklist(List<ChecklistItem> items) {

    public Checklist {
        items = List.copyOf(items);
    }

    /** Checks a practice; {@code attachments} is how many documents it has. */
    public static Checklist of(PracticeSnapshot practice, int attachments) {
        PracticeContent c = practice.content();
        List<ChecklistItem> items = new ArrayList<>();
        List<String> identity = new ArrayList<>();
        require(identity, c.title(), "catalog.missing.title");
        require(identity, c.summary(), "catalog.missing.summary");
        require(identity, c.section(), "catalog.missing.section");
        if (c.areas().isEmpty()) {
            identity.add("catalog.missing.areas");
        }
        if (c.types().isEmpty()) {
            identity.add("catalog.missing.types");
        }
        if (c.startYear() == null) {
            identity.add("catalog.missing.startYear");
        }
        require(identity, c.source(), "catalog.missing.source");
        items.add(item(MethodologyPart.IDENTITY, identity));
        items.add(text(MethodologyPart.PROBLEM, c.problem(), "catalog.missing.problem"));
        items.add(text(MethodologyPart.GOALS, c.goals(), "catalog.missing.goals"));
        items.add(text(MethodologyPart.SOLUTION, c.solution(), "catalog.missing.solution"));
        boolean resources = c.costPln() != null || c.fundingSources() != null || c.people() != null;
        items.add(item(MethodologyPart.RESOURCES, resources ? List.of() : List.of("catalog.missing.resources")));
        boolean measurable = c.results().stream().anyMatch(Result::isMeasurable);
        items.add(item(MethodologyPart.RESULTS, measurable ? List.of() : List.of("catalog.missing.results")));
        items.add(text(MethodologyPart.LESSONS, c.lessons(), "catalog.missing.lessons"));
        items.add(text(MethodologyPart.TRANSFERABILITY, c.transferConditions(), "catalog.missing.transferability"));
        Contact contact = c.contact();
        boolean reachable = contact != null && contact.name() != null
                && (contact.email() != null || contact.phone() != null);
        items.add(item(MethodologyPart.CONTACT, reachable ? List.of() : List.of("catalog.missing.contact")));
        boolean material = attachments > 0 || !c.links().isEmpty();
        items.add(item(MethodologyPart.ATTACHMENTS, material ? List.of() : List.of("editorial.missing.attachments")));
        boolean provenance = practice.submittedBy() != null || practice.lastVerified() != null;
        items.add(item(MethodologyPart.PROVENANCE, provenance ? List.of() : List.of("editorial.missing.provenance")));
        return new Checklist(items);
    }

    /** Filled parts out of all parts, in percent (rounded down). */
    public int score() {
        if (items.isEmpty()) {
            return 0;
        }
        return (int) (filledCount() * 100L / items.size());
    }

    public long filledCount() {
        return items.stream().filter(ChecklistItem::filled).count();
    }

    public int size() {
        return items.size();
    }

    private static ChecklistItem text(MethodologyPart part, String value, String missingKey) {
        return item(part, value == null || value.isBlank() ? List.of(missingKey) : List.of());
    }

    private static ChecklistItem item(MethodologyPart part, List<String> missing) {
        return new ChecklistItem(part, missing.isEmpty(), missing);
    }

    private static void require(List<String> missing, String value, String key) {
        if (value == null || value.isBlank()) {
            missing.add(key);
        }
    }
}
