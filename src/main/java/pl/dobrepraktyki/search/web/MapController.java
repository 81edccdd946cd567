package pl.dobrepraktyki.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.UnitShapes;
import pl.dobrepraktyki.search.SearchFacet;
import pl.dobrepraktyki.search.SearchQuery;
import pl.dobrepraktyki.search.SearchResults;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.search.internal.UnitDirectory;
import pl.dobrepraktyki.system.security.AccessRules;

/**
 * {@code /mapa}: a choropleth of Poland by voivodeship ({@code poziom=wojewodztwa}, default) or by
 * powiat ({@code poziom=powiaty}) with the number of public practices led by units there, drawn as
 * SVG on the server. Each region links to the search filtered to it; the same numbers are in a table.
 */
@Controller
class MapController {

    /** Fill colours from light to dark (ColorBrewer "Blues"); no practices is grey. */
    static final String[] COLOURS = { "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08306b" };
    static final String NONE = "#f0f0f0";

    private final SearchService search;
    private final UnitShapes shapes;
    private final LocalGovernmentService units;
    private final UnitDirectory unitDirectory;

    MapController(SearchService search, UnitShapes shapes, LocalGovernmentService units, UnitDirectory unitDirectory) {
        this.search = search;
        this.shapes = shapes;
        this.units = units;
        this.unitDirectory = unitDirectory;
    }

    @Bean
    static AccessRules mapAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/mapa").permitAll();
    }

    /** One region of the map. */
    record Region(String code, String name, long count, String path, String fill, String url) {
    }

    /** One class of the legend. */
    record LegendClass(String fill, long from, long to) {
    }

    @GetMapping("/mapa")
    String map(@RequestParam(name = "poziom", defaultValue = "wojewodztwa") String level, Model model) {
        boolean counties = "powiaty".equals(level);
        SearchFacet facet = counties ? SearchFacet.COUNTY : SearchFacet.VOIVODESHIP;
        SearchResults results = search.search(new SearchQuery(null, Map.of(), null, 0, 1));
        Map<String, Long> counts = counties ? search.countsByCounty()
                : results.facets().getOrDefault(facet, Map.of());
        Map<String, String> voivodeshipNames = new java.util.HashMap<>();
        for (LocalGovernment v : units.voivodeships()) {
            voivodeshipNames.put(v.getTeryt(), v.getName());
        }
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Region> regions = new ArrayList<>();
        for (UnitShapes.Shape shape : counties ? shapes.counties() : shapes.voivodeships()) {
            long count = counts.getOrDefault(shape.teryt(), 0L);
            String name = counties ? unitDirectory.countyName(shape.teryt())
                    : voivodeshipNames.getOrDefault(shape.teryt(), shape.teryt());
            regions.add(new Region(shape.teryt(), name, count, shape.path(), fill(count, max),
                    "/szukaj?" + facet.param() + "=" + shape.teryt()));
        }
        List<Region> table = new ArrayList<>(regions);
        java.text.Collator polish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("pl"));
        table.sort((a, b) -> polish.compare(place(a.name()), place(b.name())));
        model.addAttribute("counties", counties);
        model.addAttribute("regions", regions);
        model.addAttribute("table", table);
        model.addAttribute("legend", legend(max));
        model.addAttribute("total", results.total());
        model.addAttribute("width", UnitShapes.WIDTH);
        model.addAttribute("height", UnitShapes.HEIGHT);
        model.addAttribute("attribution", UnitShapes.COUNTY_ATTRIBUTION);
        return "search/map";
    }

    /** "miasto Kraków" and "powiat krakowski" sort by the place, not by the prefix. */
    static String place(String name) {
        return name.replaceFirst("^(miasto|powiat) ", "");
    }

    /** Five equal classes between 1 and the largest count. */
    static String fill(long count, long max) {
        if (count == 0 || max == 0) {
            return NONE;
        }
        int index = (int) Math.min(COLOURS.length - 1, (count - 1) * COLOURS.length / Math.max(max, 1));
        return COLOURS[index];
    }

    static List<LegendClass> legend(long max) {
        List<LegendClass> classes = new ArrayList<>();
        classes.add(new LegendClass(NONE, 0, 0));
        long from = 1;
        for (int i = 0; i < COLOURS.length && from <= max; i++) {
            long to = Math.max(from, (long) Math.ceil((double) max * (i + 1) / COLOURS.length));
            classes.add(new LegendClass(COLOURS[i], from, to));
            from = to + 1;
        }
        return classes;
    }
}
