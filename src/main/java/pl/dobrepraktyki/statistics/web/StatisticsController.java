package pl.dobrepraktyki.statistics.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSummary;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.UnitQuery;
import pl.dobrepraktyki.localgov.UnitShapes;
import pl.dobrepraktyki.statistics.Indicator;
import pl.dobrepraktyki.statistics.PeerGroup;
import pl.dobrepraktyki.statistics.StatisticsService;
import pl.dobrepraktyki.statistics.StatisticsService.Comparison;
import pl.dobrepraktyki.statistics.StatisticsService.MapLevel;
import pl.dobrepraktyki.statistics.StatisticsService.YearComparison;

/**
 * Public statistics pages under {@code /statystyki}: the indicator catalogue, an indicator's map, a
 * unit's profile against its peer group ("raport o stanie"), its peer group, and the comparison of a
 * unit with its group for one indicator. Every chart is SVG drawn here, shown with its data table and
 * downloadable as SVG and CSV. {@code grupa} (comma-separated TERYT codes) replaces the default peer
 * group by a custom one.
 */
@Controller
class StatisticsController {

    static final int SEARCH_RESULTS = 20;

    private final StatisticsService statistics;
    private final LocalGovernmentService units;
    private final UnitShapes shapes;
    private final PracticeService practices;
    private final TaxonomyService taxonomies;
    private final MessageSource messages;
    private final SavedGroups savedGroups;

    StatisticsController(StatisticsService statistics, LocalGovernmentService units, UnitShapes shapes,
            PracticeService practices, TaxonomyService taxonomies, MessageSource messages, SavedGroups savedGroups) {
        this.savedGroups = savedGroups;
        this.statistics = statistics;
        this.units = units;
        this.shapes = shapes;
        this.practices = practices;
        this.taxonomies = taxonomies;
        this.messages = messages;
    }

    /** A row of the indicator catalogue. */
    record IndicatorRow(Indicator indicator, String name, String area, List<Integer> years) {
    }

    @GetMapping("/statystyki")
    String index(@RequestParam(name = "q", required = false) String q, Model model, Locale locale) {
        List<IndicatorRow> rows = statistics.indicators().stream()
                .map(i -> new IndicatorRow(i, i.name(locale), areaName(i.areaCode(), locale), statistics.years(i.code())))
                .toList();
        model.addAttribute("indicators", rows);
        String text = q == null ? "" : q.strip();
        if (text.length() > 100) {
            text = text.substring(0, 100);
        }
        model.addAttribute("q", text);
        if (!text.isEmpty()) {
            model.addAttribute("found", units.search(UnitQuery.byName(text), PageRequest.of(0, SEARCH_RESULTS))
                    .getContent());
        }
        return "statistics/index";
    }

    // --- indicator map -----------------------------------------------------------------------------

    /** One row of the map's table. */
    record MapRow(String code, String name, Double value, String url) {
    }

    @GetMapping("/statystyki/wskazniki/{code}")
    String indicator(@PathVariable String code, @RequestParam(name = "rok", required = false) Integer year,
            @RequestParam(name = "poziom", defaultValue = "wojewodztwa") String level, Model model, Locale locale) {
        MapView view = mapView(code, year, level, locale);
        model.addAttribute("view", view);
        model.addAttribute("indicator", view.indicator());
        model.addAttribute("name", view.indicator().name(locale));
        model.addAttribute("area", areaName(view.indicator().areaCode(), locale));
        return "statistics/indicator";
    }

    @GetMapping("/statystyki/wskazniki/{code}/mapa.svg")
    ResponseEntity<byte[]> indicatorMapSvg(@PathVariable String code,
            @RequestParam(name = "rok", required = false) Integer year,
            @RequestParam(name = "poziom", defaultValue = "wojewodztwa") String level, Locale locale) {
        MapView view = mapView(code, year, level, locale);
        return download(view.svg(), "image/svg+xml", code + "-" + view.year() + "-" + view.level() + ".svg");
    }

    @GetMapping("/statystyki/wskazniki/{code}/mapa.csv")
    ResponseEntity<byte[]> indicatorMapCsv(@PathVariable String code,
            @RequestParam(name = "rok", required = false) Integer year,
            @RequestParam(name = "poziom", defaultValue = "wojewodztwa") String level, Locale locale) {
        MapView view = mapView(code, year, level, locale);
        Csv csv = new Csv("teryt", "nazwa", "rok", code);
        view.rows().forEach(r -> csv.row(r.code(), r.name(), view.year(), r.value()));
        return download(csv.text(), "text/csv", code + "-" + view.year() + "-" + view.level() + ".csv");
    }

    /** Everything the map page and its downloads show. */
    record MapView(Indicator indicator, String level, Integer year, List<Integer> years, String svg,
            List<Charts.LegendClass> legend, List<MapRow> rows) {
    }

    private MapView mapView(String code, Integer requestedYear, String level, Locale locale) {
        Indicator indicator = statistics.indicator(code);
        List<Integer> years = statistics.years(code);
        Integer year = requestedYear != null ? requestedYear : years.isEmpty() ? null : years.get(years.size() - 1);
        if (year != null && !years.contains(year)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no values of " + code + " in " + year);
        }
        MapLevel mapLevel = switch (level) {
            case "powiaty" -> MapLevel.COUNTIES;
            case "gminy" -> MapLevel.MUNICIPALITIES;
            case "wojewodztwa" -> MapLevel.VOIVODESHIPS;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown level " + level);
        };
        Map<String, Double> values = year == null ? Map.of() : statistics.mapValues(code, year, mapLevel);
        List<UnitShapes.Shape> outlines = switch (mapLevel) {
            case VOIVODESHIPS -> shapes.voivodeships();
            case COUNTIES -> shapes.counties();
            case MUNICIPALITIES -> shapes.municipalities();
        };
        List<Charts.LegendClass> legend = Charts.classes(new ArrayList<>(values.values()));
        java.text.NumberFormat format = Charts.format(locale, indicator.decimals());
        String noData = messages.getMessage("statistics.noData", null, locale);
        List<Charts.Region> regions = new ArrayList<>();
        List<MapRow> rows = new ArrayList<>();
        for (UnitShapes.Shape shape : outlines) {
            Double value = values.get(shape.teryt());
            String name = statistics.unitName(shape.teryt());
            String url = "/statystyki/jst/" + shape.teryt() + "/" + code;
            regions.add(new Charts.Region(shape.teryt(), shape.path(), value,
                    name + ": " + (value == null ? noData : format.format(value)), url));
            rows.add(new MapRow(shape.teryt(), name, value, url));
        }
        java.text.Collator polish = java.text.Collator.getInstance(Locale.forLanguageTag("pl"));
        rows.sort((a, b) -> polish.compare(a.name(), b.name()));
        String title = messages.getMessage("statistics.map.svgTitle", new Object[] { indicator.name(locale),
                year == null ? "" : String.valueOf(year) }, locale);
        String svg = Charts.map("map", regions, legend, title,
                messages.getMessage("statistics.map.svgDesc", null, locale),
                mapLevel == MapLevel.COUNTIES ? UnitShapes.COUNTY_ATTRIBUTION : null,
                mapLevel == MapLevel.MUNICIPALITIES ? 0.2 : mapLevel == MapLevel.COUNTIES ? 0.4 : 0.8);
        return new MapView(indicator, level, year, years, svg, legend, rows);
    }

    // --- unit profile and peer group ----------------------------------------------------------------

    @GetMapping("/statystyki/jst/{teryt}")
    String profile(@PathVariable String teryt, @RequestParam(name = "grupa", required = false) String group,
            Principal principal, Model model, Locale locale) {
        model.addAttribute("myGroups", principal == null ? null : savedGroups.of(principal.getName()));
        StatisticsService.Unit unit = unit(teryt);
        PeerGroup peers = group(unit.teryt(), group);
        List<Comparison> profile = statistics.profile(unit.teryt(), peers);
        model.addAttribute("unit", unit);
        model.addAttribute("group", peers);
        model.addAttribute("grupa", group);
        model.addAttribute("profile", profile);
        model.addAttribute("names", names(locale));
        return "statistics/profile";
    }

    @GetMapping("/statystyki/jst/{teryt}/grupa")
    String group(@PathVariable String teryt, @RequestParam(name = "grupa", required = false) String group,
            Model model) {
        StatisticsService.Unit unit = unit(teryt);
        PeerGroup peers = group(unit.teryt(), group);
        model.addAttribute("unit", unit);
        model.addAttribute("group", peers);
        model.addAttribute("grupa", group);
        model.addAttribute("members", statistics.members(peers));
        return "statistics/group";
    }

    // --- comparison for one indicator ------------------------------------------------------------------

    /** A best unit of the group with its public practices in the indicator's area. */
    record Leader(StatisticsService.Ranked ranked, List<PracticeSummary> practices) {
    }

    /** Everything the comparison page and its downloads show. */
    record ComparisonView(StatisticsService.Unit unit, Indicator indicator, String name, PeerGroup group,
            List<YearComparison> history, Comparison comparison, List<StatisticsService.Ranked> ranking, String lineSvg,
            String distributionSvg) {
    }

    @GetMapping("/statystyki/jst/{teryt}/{code}")
    String comparison(@PathVariable String teryt, @PathVariable String code,
            @RequestParam(name = "rok", required = false) Integer year,
            @RequestParam(name = "grupa", required = false) String group, Principal principal, Model model,
            Locale locale) {
        model.addAttribute("myGroups", principal == null ? null : savedGroups.of(principal.getName()));
        ComparisonView view = comparisonView(teryt, code, year, group, locale);
        model.addAttribute("view", view);
        model.addAttribute("grupa", group);
        model.addAttribute("area", areaName(view.indicator().areaCode(), locale));
        List<Leader> leaders = new ArrayList<>();
        if (view.comparison() != null) {
            for (StatisticsService.Ranked ranked : view.comparison().best()) {
                leaders.add(new Leader(ranked,
                        practices.publishedOfUnitInArea(ranked.unit().teryt(), view.indicator().areaCode())));
            }
        }
        model.addAttribute("leaders", leaders);
        return "statistics/comparison";
    }

    @GetMapping("/statystyki/jst/{teryt}/{code}/wykres.svg")
    ResponseEntity<byte[]> lineSvg(@PathVariable String teryt, @PathVariable String code,
            @RequestParam(name = "grupa", required = false) String group, Locale locale) {
        ComparisonView view = comparisonView(teryt, code, null, group, locale);
        return download(view.lineSvg(), "image/svg+xml", view.unit().teryt() + "-" + code + "-lata.svg");
    }

    @GetMapping("/statystyki/jst/{teryt}/{code}/rozklad.svg")
    ResponseEntity<byte[]> distributionSvg(@PathVariable String teryt, @PathVariable String code,
            @RequestParam(name = "rok", required = false) Integer year,
            @RequestParam(name = "grupa", required = false) String group, Locale locale) {
        ComparisonView view = comparisonView(teryt, code, year, group, locale);
        return download(view.distributionSvg(), "image/svg+xml", view.unit().teryt() + "-" + code + "-rozklad.svg");
    }

    @GetMapping("/statystyki/jst/{teryt}/{code}/dane.csv")
    ResponseEntity<byte[]> comparisonCsv(@PathVariable String teryt, @PathVariable String code,
            @RequestParam(name = "grupa", required = false) String group, Locale locale) {
        ComparisonView view = comparisonView(teryt, code, null, group, locale);
        Csv csv = new Csv("rok", "wartosc_jednostki", "grupa_liczba", "grupa_min", "grupa_q1", "grupa_mediana",
                "grupa_q3", "grupa_max", "pozycja");
        for (YearComparison y : view.history()) {
            var d = y.peers();
            csv.row(y.year(), y.value(), y.withData(), d == null ? null : d.min(), d == null ? null : d.q1(),
                    d == null ? null : d.median(), d == null ? null : d.q3(), d == null ? null : d.max(), y.rank());
        }
        return download(csv.text(), "text/csv", view.unit().teryt() + "-" + code + ".csv");
    }

    private ComparisonView comparisonView(String teryt, String code, Integer requestedYear, String group,
            Locale locale) {
        StatisticsService.Unit unit = unit(teryt);
        Indicator indicator = statistics.indicator(code);
        PeerGroup peers = group(unit.teryt(), group);
        List<YearComparison> history = statistics.history(unit.teryt(), code, peers);
        Integer year = requestedYear;
        if (year == null) {
            year = history.stream().filter(y -> y.value() != null).map(YearComparison::year)
                    .reduce((a, b) -> b).orElse(history.isEmpty() ? null : history.get(history.size() - 1).year());
        }
        Comparison comparison = year == null ? null : statistics.compare(unit.teryt(), code, year, peers);
        String name = indicator.name(locale);
        String unitName = unit.name();
        Charts.Labels lineLabels = new Charts.Labels("line",
                msg("statistics.chart.line.title", locale, name, unitName),
                msg("statistics.chart.line.desc", locale, unitName), unitName,
                msg("statistics.chart.median", locale), msg("statistics.chart.band", locale));
        String lineSvg = Charts.line(history, lineLabels, locale, indicator.decimals());
        List<StatisticsService.Ranked> ranking = List.of();
        String distributionSvg = "";
        if (comparison != null) {
            StatisticsService.Comparison c = comparison;
            ranking = statistics.ranking(code, c.year(), peers);
            double[] groupValues = ranking.stream().mapToDouble(StatisticsService.Ranked::value).toArray();
            Charts.Labels labels = new Charts.Labels("distribution",
                    msg("statistics.chart.distribution.title", locale, name, String.valueOf(c.year())),
                    msg("statistics.chart.distribution.desc", locale, unitName), unitName,
                    msg("statistics.chart.median", locale), msg("statistics.chart.box", locale));
            distributionSvg = Charts.distribution(groupValues, c.value(), c.peers(), labels, locale,
                    indicator.decimals());
        }
        return new ComparisonView(unit, indicator, name, peers, history, comparison, ranking, lineSvg,
                distributionSvg);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private StatisticsService.Unit unit(String teryt) {
        try {
            return statistics.unit(teryt);
        }
        catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private PeerGroup group(String teryt, String group) {
        if (group == null || group.isBlank()) {
            return statistics.peerGroup(teryt);
        }
        try {
            return statistics.customGroup(teryt, Arrays.asList(group.split("[,;\\s]+")));
        }
        catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private Map<String, String> names(Locale locale) {
        Map<String, String> names = new HashMap<>();
        statistics.indicators().forEach(i -> names.put(i.code(), i.name(locale)));
        return names;
    }

    private String areaName(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        return taxonomies.find(Taxonomy.AREA, code).map(t -> t.name(locale)).orElse(code);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static ResponseEntity<byte[]> download(String body, String type, String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(type), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    /** CSV with {@code ;} separators and {@code .} decimals; text cells that a spreadsheet would run as a formula are prefixed with {@code '}. */
    static final class Csv {

        private final StringBuilder text = new StringBuilder();

        Csv(String... header) {
            row((Object[]) header);
        }

        void row(Object... cells) {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    text.append(';');
                }
                text.append(cell(cells[i]));
            }
            text.append('\n');
        }

        static String cell(Object value) {
            if (value == null) {
                return "";
            }
            if (value instanceof Double d) {
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
            }
            if (value instanceof Number) {
                return value.toString();
            }
            String s = value.toString();
            if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
                s = "'" + s;
            }
            if (s.contains(";") || s.contains("\"") || s.contains("\n")) {
                s = "\"" + s.replace("\"", "\"\"") + "\"";
            }
            return s;
        }

        String text() {
            return text.toString();
        }
    }
}
