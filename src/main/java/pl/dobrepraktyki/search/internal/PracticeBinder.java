package pl.dobrepraktyki.search.internal;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.Practice;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.Result;
import pl.dobrepraktyki.search.internal.UnitDirectory.UnitFacts;

import static pl.dobrepraktyki.search.internal.PracticeIndexFields.*;

/**
 * Writes a practice into its search document: the text parts (each as lemmas and as folded
 * prefixes), the facets (taxonomy codes and the facts of the lead unit from the register), the
 * fields shown in a hit and the sort keys (title in Polish collation, publication time).
 */
class PracticeBinder implements TypeBinder {

    /** Text extracted from a practice's documents beyond this is not indexed (a very long annex). */
    static final int MAX_ATTACHMENT_TEXT = 200_000;

    private final UnitDirectory units;
    private final Function<String, String> taxonomyNames;
    private final Function<Long, List<String>> attachmentTexts;

    PracticeBinder(UnitDirectory units, Function<String, String> taxonomyNames,
            Function<Long, List<String>> attachmentTexts) {
        this.units = units;
        this.taxonomyNames = taxonomyNames;
        this.attachmentTexts = attachmentTexts;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("summary").use("problem").use("goals").use("solution")
                .use("resultsText").use("lessons").use("transferConditions").use("fundingSources").use("people")
                .use("timeNeeded").use("keywords").use("partnerUnitTeryts").use("partnerOrganisations")
                .use("leadUnitTeryt").use("sectionCode").use("areas").use("types").use("sourceCode")
                .use("startYear").use("results").use("publishedAt").use("status").use("award").use("contact");
        IndexSchemaElement schema = context.indexSchemaElement();
        Fields fields = new Fields();
        fields.title = text(schema, TITLE, true);
        fields.summary = text(schema, SUMMARY, true);
        fields.body = text(schema, BODY, true);
        fields.keywords = text(schema, KEYWORDS, false);
        fields.units = text(schema, UNITS, false);
        fields.partners = text(schema, PARTNERS, false);
        fields.taxonomy = text(schema, TAXONOMY, false);
        fields.attachments = text(schema, ATTACHMENTS, false);
        fields.contact = text(schema, CONTACT, false);
        fields.spell = schema.field(SPELL, f -> f.asString().analyzer("standard")).toReference();
        fields.keywordValues = schema.field(KEYWORD_VALUES, f -> f.asString().aggregable(Aggregable.YES)
                .searchable(Searchable.YES)).multiValued().toReference();
        for (String name : new String[] { TITLE, SUMMARY, BODY, KEYWORDS, UNITS, PARTNERS, TAXONOMY, ATTACHMENTS,
                CONTACT }) {
            fields.folded.add(schema.field(name + FOLDED, f -> f.asString()
                    .analyzer(PolishAnalysisConfigurer.FOLDED).searchAnalyzer(PolishAnalysisConfigurer.FOLDED_QUERY))
                    .toReference());
        }
        fields.section = keyword(schema, SECTION, false);
        fields.area = keyword(schema, AREA, true);
        fields.type = keyword(schema, TYPE, true);
        fields.voivodeship = keyword(schema, VOIVODESHIP, false);
        fields.county = keyword(schema, COUNTY, false);
        fields.unitKind = keyword(schema, UNIT_KIND, false);
        fields.sizeCategory = keyword(schema, SIZE_CATEGORY, false);
        fields.source = keyword(schema, SOURCE, false);
        fields.award = keyword(schema, AWARD, false);
        fields.unit = keyword(schema, UNIT, true);
        fields.year = schema.field(YEAR, f -> f.asInteger().aggregable(Aggregable.YES).projectable(Projectable.NO))
                .toReference();
        fields.leadUnit = schema.field(LEAD_UNIT, f -> f.asString().projectable(Projectable.YES)).toReference();
        fields.leadUnitName = schema.field(LEAD_UNIT_NAME, f -> f.asString().projectable(Projectable.YES)
                .searchable(Searchable.NO)).toReference();
        fields.titleSort = schema.field(TITLE_SORT, f -> f.asString().sortable(Sortable.YES)
                .searchable(Searchable.NO)).toReference();
        fields.published = schema.field(PUBLISHED, f -> f.asInstant().sortable(Sortable.YES)).toReference();
        context.bridge(Practice.class, new Bridge(fields, units, taxonomyNames, attachmentTexts));
    }

    private static IndexFieldReference<String> text(IndexSchemaElement schema, String name, boolean shown) {
        return schema.field(name, f -> f.asString().analyzer(PolishAnalysisConfigurer.POLISH)
                .searchAnalyzer(PolishAnalysisConfigurer.POLISH_QUERY)
                .projectable(shown ? Projectable.YES : Projectable.NO)
                .highlightable(shown ? List.of(Highlightable.ANY) : List.of(Highlightable.NO)))
                .toReference();
    }

    private static IndexFieldReference<String> keyword(IndexSchemaElement schema, String name, boolean multi) {
        var field = schema.field(name, f -> f.asString().aggregable(Aggregable.YES));
        return (multi ? field.multiValued() : field).toReference();
    }

    private static final class Fields {
        IndexFieldReference<String> title;
        IndexFieldReference<String> summary;
        IndexFieldReference<String> body;
        IndexFieldReference<String> keywords;
        IndexFieldReference<String> units;
        IndexFieldReference<String> partners;
        IndexFieldReference<String> taxonomy;
        IndexFieldReference<String> attachments;
        IndexFieldReference<String> contact;
        IndexFieldReference<String> spell;
        IndexFieldReference<String> keywordValues;
        final List<IndexFieldReference<String>> folded = new ArrayList<>();
        IndexFieldReference<String> section;
        IndexFieldReference<String> area;
        IndexFieldReference<String> type;
        IndexFieldReference<String> voivodeship;
        IndexFieldReference<String> county;
        IndexFieldReference<String> unitKind;
        IndexFieldReference<String> sizeCategory;
        IndexFieldReference<String> source;
        IndexFieldReference<String> award;
        IndexFieldReference<String> unit;
        IndexFieldReference<Integer> year;
        IndexFieldReference<String> leadUnit;
        IndexFieldReference<String> leadUnitName;
        IndexFieldReference<String> titleSort;
        IndexFieldReference<Instant> published;
    }

    private static final class Bridge implements TypeBridge<Practice> {

        private final Fields fields;
        private final UnitDirectory units;
        private final Function<String, String> taxonomyNames;
        private final Function<Long, List<String>> attachmentTexts;

        Bridge(Fields fields, UnitDirectory units, Function<String, String> taxonomyNames,
                Function<Long, List<String>> attachmentTexts) {
            this.fields = fields;
            this.units = units;
            this.taxonomyNames = taxonomyNames;
            this.attachmentTexts = attachmentTexts;
        }

        @Override
        public void write(DocumentElement target, Practice practice, TypeBridgeWriteContext context) {
            PracticeContent c = practice.content();
            UnitFacts lead = units.get(c.leadUnitTeryt());
            List<String> unitNames = new ArrayList<>();
            if (lead != null) {
                unitNames.add(lead.name());
            }
            c.partnerUnitTeryts().stream().map(units::get).filter(u -> u != null).forEach(u -> unitNames.add(u.name()));
            List<String> taxonomy = new ArrayList<>();
            taxonomy.add(taxonomyNames.apply(c.section()));
            c.areas().forEach(a -> taxonomy.add(taxonomyNames.apply(a)));
            c.types().forEach(t -> taxonomy.add(taxonomyNames.apply(t)));
            String body = join(c.problem(), c.goals(), c.solution(), c.fundingSources(), c.people(), c.timeNeeded(),
                    String.join("\n", c.results().stream().map(Result::indicator).filter(i -> i != null).toList()),
                    c.resultsText(), c.lessons(), c.transferConditions());
            String attachmentText = String.join("\n\n", attachmentTexts.apply(practice.getId()));
            String[] texts = { c.title(), c.summary(), body, String.join(", ", c.keywords()),
                    String.join(", ", unitNames), String.join(", ", c.partnerOrganisations()),
                    String.join(", ", taxonomy.stream().filter(t -> t != null).toList()),
                    attachmentText.length() > MAX_ATTACHMENT_TEXT ? attachmentText.substring(0, MAX_ATTACHMENT_TEXT)
                            : attachmentText, publishedContact(c.contact()) };
            List<IndexFieldReference<String>> analysed = List.of(fields.title, fields.summary, fields.body,
                    fields.keywords, fields.units, fields.partners, fields.taxonomy, fields.attachments, fields.contact);
            for (int i = 0; i < texts.length; i++) {
                if (texts[i] != null && !texts[i].isBlank()) {
                    target.addValue(analysed.get(i), texts[i]);
                    target.addValue(fields.folded.get(i), texts[i]);
                }
            }
            target.addValue(fields.spell, String.join("\n", c.title(), c.summary() == null ? "" : c.summary(),
                    String.join(", ", c.keywords()), body));
            c.keywords().forEach(k -> target.addValue(fields.keywordValues, k));
            target.addValue(fields.section, c.section());
            c.areas().forEach(a -> target.addValue(fields.area, a));
            c.types().forEach(t -> target.addValue(fields.type, t));
            target.addValue(fields.source, c.source());
            if (practice.getAward() != null && practice.getAward().award() != null) {
                target.addValue(fields.award, practice.getAward().award().name());
            }
            target.addValue(fields.year, c.startYear());
            target.addValue(fields.leadUnit, c.leadUnitTeryt());
            target.addValue(fields.unit, c.leadUnitTeryt());
            c.partnerUnitTeryts().forEach(p -> target.addValue(fields.unit, p));
            if (lead != null) {
                target.addValue(fields.leadUnitName, lead.name());
                target.addValue(fields.voivodeship, lead.voivodeship());
                if (lead.teryt().length() >= 4) {
                    // the powiat of a gmina, a powiat itself, or a city with county rights
                    target.addValue(fields.county, lead.teryt().substring(0, 4));
                }
                target.addValue(fields.unitKind, lead.kind());
                target.addValue(fields.sizeCategory, lead.sizeCategory());
            }
            target.addValue(fields.titleSort, collationKey(c.title()));
            target.addValue(fields.published, practice.getPublishedAt());
        }

        /** The contact person is found by name only while they consent to being published. */
        private static String publishedContact(Contact contact) {
            return contact == null || !contact.consent() ? null : join(contact.name(), contact.position());
        }

        private static String join(String... parts) {
            StringBuilder text = new StringBuilder();
            for (String part : parts) {
                if (part != null && !part.isBlank()) {
                    text.append(part).append("\n\n");
                }
            }
            return text.toString();
        }
    }

    /** A key that sorts titles in Polish order (ą after a, ł after l), as hex of the collation key. */
    static String collationKey(String title) {
        if (title == null) {
            return null;
        }
        Collator collator = Collator.getInstance(Locale.forLanguageTag("pl-PL"));
        collator.setStrength(Collator.SECONDARY);
        return HexFormat.of().formatHex(collator.getCollationKey(title).toByteArray());
    }
}
