package pl.dobrepraktyki.editorial;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.Link;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.Result;

/**
 * The difference between two saved versions of a practice, part by part of the methodology. Each
 * part is written out as plain text (one line per field, labelled) and compared word by word.
 *
 * @param parts every part, changed or not, in the methodology's order
 */
public record PracticeDiff(PracticeSnapshot before, PracticeSnapshot after, List<PartDiff> parts) {

    /** One part: its text in both versions and the segments that turn one into the other. */
    public record PartDiff(MethodologyPart part, String before, String after, List<TextDiff.Segment> segments) {

        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    /**
     * Compares two versions; {@code labels} turns a message key ({@code editorial.field.*},
     * {@code editorial.status.*}) into the reader's language.
     */
    public static PracticeDiff between(PracticeSnapshot before, PracticeSnapshot after, UnaryOperator<String> labels) {
        List<PartDiff> parts = new ArrayList<>();
        for (MethodologyPart part : MethodologyPart.values()) {
            String a = text(part, before, labels);
            String b = text(part, after, labels);
            parts.add(new PartDiff(part, a, b, a.equals(b) ? List.of(new TextDiff.Segment(TextDiff.Kind.SAME, a))
                    : TextDiff.between(a, b)));
        }
        return new PracticeDiff(before, after, parts);
    }

    public List<PartDiff> changedParts() {
        return parts.stream().filter(PartDiff::changed).toList();
    }

    /** A part of one version as labelled plain text. */
    static String text(MethodologyPart part, PracticeSnapshot s, UnaryOperator<String> labels) {
        PracticeContent c = s.content();
        Lines lines = new Lines(labels);
        switch (part) {
            case IDENTITY -> {
                lines.add("title", c.title());
                lines.add("summary", c.summary());
                lines.add("leadUnit", c.leadUnitTeryt());
                lines.add("partnerUnits", c.partnerUnitTeryts());
                lines.add("partnerOrganisations", c.partnerOrganisations());
                lines.add("section", c.section());
                lines.add("areas", c.areas());
                lines.add("types", c.types());
                lines.add("keywords", c.keywords());
                lines.add("startYear", c.startYear());
                lines.add("startDate", c.startDate());
                lines.add("endDate", c.ongoing() ? labels.apply("editorial.field.ongoing") : c.endDate());
                lines.add("source", c.source());
                lines.add("fundingProject", c.fundingProject());
            }
            case PROBLEM -> lines.plain(c.problem());
            case GOALS -> lines.plain(c.goals());
            case SOLUTION -> lines.plain(c.solution());
            case RESOURCES -> {
                lines.add("cost", c.costPln() == null ? null : c.costPln().toPlainString() + " PLN");
                lines.add("fundingSources", c.fundingSources());
                lines.add("people", c.people());
                lines.add("timeNeeded", c.timeNeeded());
            }
            case RESULTS -> {
                for (Result r : c.results()) {
                    lines.add("result", nz(r.indicator()) + ": " + nz(r.valueBefore()) + " → " + nz(r.valueAfter())
                            + (r.measuredOn() == null ? "" : " (" + r.measuredOn() + ")"));
                }
                lines.add("resultsText", c.resultsText());
            }
            case LESSONS -> lines.plain(c.lessons());
            case TRANSFERABILITY -> {
                lines.add("transferConditions", c.transferConditions());
                lines.add("transferUnitKinds", c.transferUnitKinds());
                lines.add("transferSizeCategories", c.transferSizeCategories());
            }
            case CONTACT -> {
                Contact contact = c.contact();
                lines.add("contactName", contact.name());
                lines.add("contactPosition", contact.position());
                lines.add("contactEmail", contact.email());
                lines.add("contactPhone", contact.phone());
                lines.add("contactConsent", labels.apply(contact.consent() ? "editorial.yes" : "editorial.no"));
            }
            case ATTACHMENTS -> {
                for (Link link : c.links()) {
                    lines.add("link", (link.title() == null ? "" : link.title() + " — ") + link.url());
                }
            }
            case PROVENANCE -> {
                lines.add("status", labels.apply("editorial.status." + s.status().name()));
                lines.add("submittedBy", s.submittedBy());
                lines.add("verifiedBy", s.verifiedBy());
                lines.add("lastVerified", s.lastVerified());
                lines.add("editorNote", s.editorNote());
            }
        }
        return lines.toString();
    }

    private static String nz(String value) {
        return value == null ? "–" : value;
    }

    private static final class Lines {

        private final StringBuilder text = new StringBuilder();
        private final UnaryOperator<String> labels;

        Lines(UnaryOperator<String> labels) {
            this.labels = labels;
        }

        void add(String field, Object value) {
            if (value == null || (value instanceof Collection<?> list && list.isEmpty())) {
                return;
            }
            String shown = value instanceof Collection<?> list
                    ? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
            text.append(labels.apply("editorial.field." + field)).append(": ").append(shown).append('\n');
        }

        void plain(String value) {
            if (value != null) {
                text.append(value).append('\n');
            }
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
