package pl.dobrepraktyki.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import pl.dobrepraktyki.catalog.PublicPractices;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.statistics.Indicator;
import pl.dobrepraktyki.statistics.StatisticsService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the open data files to a stream as they are read: practices in batches of
 * {@value PublicPractices#BATCH}, the register and the values in batches too. Only the look-up tables
 * (taxonomy names, unit names of the register, indicator names) are held in memory; they do not grow
 * with the number of practices or values. Texts are Polish, the language of the descriptions.
 */
@Service
public class OpenDataExports {

    /** The licence of the platform's texts (practices). */
    public static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";
    /** Where the terms of the public data of GUS and GUGiK are described (an anchor of the open data page). */
    public static final String PUBLIC_DATA_TERMS = "/dane#licencja-gus";

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final String LIST_SEPARATOR = "|";

    private final PublicPractices practices;
    private final TaxonomyService taxonomies;
    private final LocalGovernmentService units;
    private final StatisticsService statistics;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final JsonMapper json = JsonMapper.builder().build();

    OpenDataExports(PublicPractices practices, TaxonomyService taxonomies, LocalGovernmentService units,
            StatisticsService statistics, MessageSource messages, Clock clock,
            @Value("${bdp.base-url}") String baseUrl) {
        this.practices = practices;
        this.taxonomies = taxonomies;
        this.units = units;
        this.statistics = statistics;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Today in Poland: the date of generation, in the file names. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WARSAW);
    }

    /** The day the most recent public practice was published, if any is. */
    public Optional<LocalDate> latestPublication() {
        return practices.latestPublication().map(i -> LocalDate.ofInstant(i, WARSAW));
    }

    public long publicPracticeCount() {
        return practices.count();
    }

    /** The absolute address of a path of the platform. */
    public String absolute(String path) {
        return baseUrl + path;
    }

    // --- practices ------------------------------------------------------------------------------

    public void practicesCsv(OutputStream target) {
        write(target, true, out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row("id", "title", "unit_teryt", "unit_name", "section", "areas", "types", "year", "summary",
                    "cost_pln", "url", "published_on", "license");
            PracticeNames names = new PracticeNames();
            practices.forEach(p -> unchecked(() -> csv.row(p.id(), p.title(), p.leadUnitTeryt(),
                    names.unit(p.leadUnitTeryt()), names.section(p.sectionCode()),
                    String.join(LIST_SEPARATOR, names.areas(p.areaCodes())),
                    String.join(LIST_SEPARATOR, names.types(p.typeCodes())), p.year(), p.summary(),
                    plain(p.costPln()), practiceUrl(p.id()), p.publishedOn(WARSAW), CC_BY)));
        });
    }

    /** A JSON array with one object per practice, the same fields as the CSV. */
    public void practicesJson(OutputStream target) {
        write(target, false, out -> {
            PracticeNames names = new PracticeNames();
            out.write('[');
            boolean[] first = { true };
            practices.forEach(p -> unchecked(() -> {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", p.id());
                o.put("title", p.title());
                o.put("unit_teryt", p.leadUnitTeryt());
                o.put("unit_name", names.unit(p.leadUnitTeryt()));
                o.put("section", names.section(p.sectionCode()));
                o.put("areas", names.areas(p.areaCodes()));
                o.put("types", names.types(p.typeCodes()));
                o.put("year", p.year());
                o.put("summary", p.summary());
                o.put("cost_pln", p.costPln());
                o.put("url", practiceUrl(p.id()));
                o.put("published_on", java.util.Objects.toString(p.publishedOn(WARSAW), null));
                o.put("license", CC_BY);
                element(out, first, o);
            }));
            out.write("\n]\n");
        });
    }

    /**
     * JSON-LD with the schema.org vocabulary: a {@code @graph} of {@code CreativeWork}s (a practice is a
     * description of what a unit did, not a service one can use, so not {@code GovernmentService}), each
     * with the unit as its {@code sourceOrganization}, a {@code GovernmentOrganization} identified by its
     * TERYT code, and the CC BY 4.0 licence.
     */
    public void practicesJsonLd(OutputStream target) {
        write(target, false, out -> {
            PracticeNames names = new PracticeNames();
            out.write("{\"@context\":\"https://schema.org\",\"license\":" + json.writeValueAsString(CC_BY)
                    + ",\"@graph\":[");
            boolean[] first = { true };
            practices.forEach(p -> unchecked(() -> {
                Map<String, Object> identifier = new LinkedHashMap<>();
                identifier.put("@type", "PropertyValue");
                identifier.put("propertyID", "TERYT");
                identifier.put("value", p.leadUnitTeryt());
                Map<String, Object> unit = new LinkedHashMap<>();
                unit.put("@type", "GovernmentOrganization");
                unit.put("@id", absolute("/jst/" + p.leadUnitTeryt()));
                unit.put("name", names.unit(p.leadUnitTeryt()));
                unit.put("identifier", identifier);
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("@type", "CreativeWork");
                o.put("@id", practiceUrl(p.id()));
                o.put("url", practiceUrl(p.id()));
                o.put("identifier", String.valueOf(p.id()));
                o.put("name", p.title());
                o.put("description", p.summary());
                o.put("inLanguage", "pl");
                o.put("datePublished", java.util.Objects.toString(p.publishedOn(WARSAW), null));
                o.put("license", CC_BY);
                o.put("sourceOrganization", unit);
                o.put("genre", names.section(p.sectionCode()));
                List<String> keywords = new ArrayList<>(names.areas(p.areaCodes()));
                keywords.addAll(names.types(p.typeCodes()));
                o.put("keywords", keywords);
                element(out, first, o);
            }));
            out.write("\n]}\n");
        });
    }

    // --- register and statistics ---------------------------------------------------------------

    public void unitsCsv(OutputStream target) {
        Map<String, String> voivodeships = new HashMap<>();
        units.voivodeships().forEach(v -> voivodeships.put(v.getTeryt(), v.getName()));
        write(target, true, out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row("teryt", "name", "kind", "kind_name", "voivodeship_teryt", "voivodeship", "population",
                    "area_km2");
            units.forEachUnit(u -> unchecked(() -> csv.row(u.getTeryt(), u.getName(), u.getKind().name(),
                    messages.getMessage("localgov.kind." + u.getKind().name(), null, POLISH),
                    u.getVoivodeshipTeryt(), voivodeships.get(u.getVoivodeshipTeryt()), u.getPopulation(),
                    plain(u.getAreaKm2()))));
        });
    }

    public void valuesCsv(OutputStream target) {
        Map<String, Indicator> indicators = new HashMap<>();
        statistics.indicators().forEach(i -> indicators.put(i.code(), i));
        write(target, true, out -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row("teryt", "indicator", "indicator_name", "year", "value", "unit_of_measure", "source");
            statistics.forEachValue(v -> unchecked(() -> {
                Indicator indicator = indicators.get(v.indicator());
                csv.row(v.teryt(), v.indicator(), indicator == null ? null : indicator.name(POLISH), v.year(),
                        plain(BigDecimal.valueOf(v.value())),
                        indicator == null ? null : indicator.unitOfMeasure(),
                        indicator == null ? null : indicator.source());
            }));
        });
    }

    // --- helpers --------------------------------------------------------------------------------

    /** Names of codes for the practice files, looked up once per file. */
    private final class PracticeNames {

        private final Map<String, Map<String, String>> taxonomy = taxonomies.namesByCode(POLISH);
        private final Map<String, String> unitNames = new HashMap<>();

        PracticeNames() {
            units.forEachUnit(u -> unitNames.put(u.getTeryt(), u.getDisplayName()));
        }

        String unit(String teryt) {
            return unitNames.getOrDefault(teryt, teryt);
        }

        String section(String code) {
            return code == null ? null : name(Taxonomy.SECTION, code);
        }

        List<String> areas(List<String> codes) {
            return codes.stream().map(c -> name(Taxonomy.AREA, c)).toList();
        }

        List<String> types(List<String> codes) {
            return codes.stream().map(c -> name(Taxonomy.PRACTICE_TYPE, c)).toList();
        }

        private String name(Taxonomy t, String code) {
            return taxonomy.getOrDefault(t.name(), Map.of()).getOrDefault(code, code);
        }
    }

    private void element(Writer out, boolean[] first, Map<String, Object> o) throws IOException {
        out.write(first[0] ? "\n" : ",\n");
        first[0] = false;
        out.write(json.writeValueAsString(o));
    }

    private String practiceUrl(long id) {
        return absolute("/praktyki/" + id);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    private interface Body {
        void write(Writer out) throws IOException;
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void unchecked(Step step) {
        try {
            step.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream target, boolean bom, Body body) {
        try {
            if (bom) {
                target.write(BOM);
            }
            Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 64 * 1024);
            body.write(out);
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
