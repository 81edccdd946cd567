package pl.dobrepraktyki.search.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.UnitQuery;
import pl.dobrepraktyki.search.SearchFacet;
import pl.dobrepraktyki.search.SearchQuery;
import pl.dobrepraktyki.search.SearchResults;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.search.SearchSource;
import pl.dobrepraktyki.search.internal.UnitDirectory;
import pl.dobrepraktyki.system.security.AccessRules;

/**
 * The results page {@code /szukaj}: the whole state is in the URL ({@code q}, {@code sort},
 * {@code strona} from 1, one parameter per facet, repeated for alternatives), so a search can be
 * shared and works without JavaScript; with htmx only the results region is replaced.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 20;
    /** The deepest page one can open: a deeper {@code strona} shows this one. */
    static final int LAST_PAGE = SearchQuery.MAX_RESULTS / PAGE_SIZE;
    static final int SIMILAR = 5;
    static final int LIKE_MINE = 5;
    static final int SUGGESTIONS = 6;

    private final SearchService search;
    private final TaxonomyService taxonomies;
    private final LocalGovernmentService units;
    private final MessageSource messages;
    private final PracticeService practices;
    private final UnitDirectory unitDirectory;

    /** The matches of one {@link SearchSource}, under its heading. */
    public record SourceMatches(String headingKey, List<SearchSource.Match> matches) {
    }

    /** How many matches of one source the page lists when the facet "rodzaj treści" chose it. */
    static final int KIND_LIMIT = 50;
    /** The facet "rodzaj treści" in the address. */
    static final String KIND_PARAM = "tresc";

    /**
     * A value of the facet "rodzaj treści": practices ({@code code} null) or one {@link SearchSource}, with its
     * count and the link that shows it.
     */
    record ContentKind(String code, String labelKey, long count, boolean selected, String url) {
    }

    private final org.springframework.beans.factory.ObjectProvider<SearchSource> sources;

    SearchController(SearchService search, TaxonomyService taxonomies, LocalGovernmentService units,
            MessageSource messages, PracticeService practices, UnitDirectory unitDirectory,
            org.springframework.beans.factory.ObjectProvider<SearchSource> sources) {
        this.sources = sources;
        this.practices = practices;
        this.unitDirectory = unitDirectory;
        this.search = search;
        this.taxonomies = taxonomies;
        this.units = units;
        this.messages = messages;
    }

    @Bean
    static AccessRules searchAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/szukaj", "/szukaj/podobne/*", "/szukaj/podpowiedzi")
                .permitAll();
    }

    /** One value of a facet as the page shows it. */
    record FacetValue(String code, String label, long count, boolean selected, String url) {
    }

    /** A facet with its values; {@code selected} ones first. */
    record FacetView(SearchFacet facet, List<FacetValue> values) {
    }

    /** A filter in force, with the link that removes it. */
    record ActiveFilter(SearchFacet facet, String code, String label, String removeUrl) {
    }

    /** A kind of unit the query names, whose practices come first, with the link that shows only them. */
    record KindFirst(String label, String onlyUrl) {
    }

    /** Practices like this one; the practice page loads it (htmx) or links to it (without JavaScript). */
    @GetMapping("/szukaj/podobne/{id}")
    String similar(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("practiceId", id);
        model.addAttribute("similar", search.similar(id, SIMILAR));
        return htmx != null ? "search/similar :: similar" : "search/similar";
    }

    /** Suggestions while typing (htmx): a listbox of practice titles, keywords and units. */
    @GetMapping("/szukaj/podpowiedzi")
    String suggestions(@RequestParam(name = "q", required = false) String q, Model model) {
        String typed = q == null ? "" : q.strip();
        if (typed.length() > SearchQuery.MAX_TEXT) {
            typed = typed.substring(0, SearchQuery.MAX_TEXT);
        }
        List<SearchService.Suggestion> suggestions = new ArrayList<>(search.suggest(typed, SUGGESTIONS));
        if (typed.length() >= 3) {
            units.search(UnitQuery.byName(typed), PageRequest.of(0, 3)).forEach(unit -> suggestions.add(
                    new SearchService.Suggestion("unit", unit.getDisplayName(), "/jst/" + unit.getTeryt())));
        }
        model.addAttribute("suggestions", suggestions);
        return "search/suggestions :: list";
    }

    @GetMapping("/szukaj")
    String search(@RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "strona", defaultValue = "1") int page,
            @RequestParam(name = KIND_PARAM, required = false) String kindParam,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            Principal principal) {
        if (principal != null && htmx == null) {
            practices.unitOf(principal.getName()).ifPresent(unit -> {
                model.addAttribute("likeMine", search.fromUnitsLike(unit, LIKE_MINE));
                model.addAttribute("myUnit", units.findByCode(unit).orElse(null));
            });
        }
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            List<String> values = params.get(facet.param());
            if (values != null) {
                filters.put(facet, new LinkedHashSet<>(values));
            }
        }
        SearchQuery.Order order = switch (sort == null ? "" : sort) {
            case "najnowsze" -> SearchQuery.Order.NEWEST;
            case "tytul" -> SearchQuery.Order.TITLE;
            case "trafnosc" -> SearchQuery.Order.RELEVANCE;
            default -> null;
        };
        SearchQuery query = new SearchQuery(q, filters, order, Math.min(Math.max(page, 1), LAST_PAGE) - 1,
                PAGE_SIZE);
        SearchResults results = search.search(query);
        // no practice has every word (none found, or only some of the words): a word may be misspelt
        if (results.allWords() == 0 && query.text() != null) {
            search.didYouMean(query.text()).ifPresent(corrected -> {
                model.addAttribute("corrected", corrected);
                MultiValueMap<String, String> fixed = state(query, sort);
                fixed.set("q", corrected);
                model.addAttribute("correctedUrl", url(fixed, null));
            });
        }
        List<SearchSource> ordered = sources.stream().sorted(java.util.Comparator.comparingInt(SearchSource::order))
                .toList();
        // an unknown kind in the address shows the practices, as no kind does
        SearchSource chosen = ordered.stream().filter(source -> source.kind().equals(kindParam)).findFirst()
                .orElse(null);
        boolean words = query.text() != null && query.text().length() >= 3;
        if (words && query.page() == 0 && htmx == null) {
            model.addAttribute("matchingUnits", units.search(UnitQuery.byName(query.text()), PageRequest.of(0, 5))
                    .getContent());
        }
        if (words && query.page() == 0 && htmx == null && chosen == null) {
            List<SourceMatches> others = new ArrayList<>();
            ordered.forEach(source -> {
                List<SearchSource.Match> found = source.find(query.text(), locale, 5);
                if (!found.isEmpty()) {
                    others.add(new SourceMatches(source.headingKey(), found));
                }
            });
            model.addAttribute("otherMatches", others);
        }
        if (words) {
            MultiValueMap<String, String> kept = state(query, sort);
            List<ContentKind> kinds = new ArrayList<>();
            kinds.add(new ContentKind(null, "search.kind.practices", results.total(), chosen == null, url(kept, null)));
            for (SearchSource source : ordered) {
                long count = source.count(query.text());
                if (count > 0 || source == chosen) {
                    MultiValueMap<String, String> withKind = new LinkedMultiValueMap<>(kept);
                    withKind.set(KIND_PARAM, source.kind());
                    kinds.add(new ContentKind(source.kind(), source.headingKey(), count, source == chosen,
                            url(withKind, null)));
                }
            }
            // one kind alone (practices, nothing else matched) is no choice
            if (kinds.size() > 1) {
                model.addAttribute("contentKinds", kinds);
            }
            if (chosen != null) {
                model.addAttribute("chosenKind", new SourceMatches(chosen.headingKey(),
                        chosen.find(query.text(), locale, KIND_LIMIT)));
                model.addAttribute("chosenKindCount", kinds.stream().filter(ContentKind::selected)
                        .mapToLong(ContentKind::count).sum());
                model.addAttribute("chosenKindCode", chosen.kind());
            }
        }

        MultiValueMap<String, String> state = state(query, sort);
        Map<SearchFacet, Function<String, String>> labels = labels(locale);
        List<FacetView> facets = new ArrayList<>();
        List<ActiveFilter> active = new ArrayList<>();
        for (SearchFacet facet : SearchFacet.values()) {
            Map<String, Long> counts = new LinkedHashMap<>(results.facets().getOrDefault(facet, Map.of()));
            Set<String> selected = query.filters().getOrDefault(facet, Set.of());
            selected.forEach(value -> counts.putIfAbsent(value, 0L));
            List<FacetValue> values = new ArrayList<>();
            counts.forEach((code, count) -> {
                boolean isSelected = selected.contains(code);
                String label = labels.get(facet).apply(code);
                values.add(new FacetValue(code, label, count, isSelected, toggle(state, facet, code)));
                if (isSelected) {
                    active.add(new ActiveFilter(facet, code, label, toggle(state, facet, code)));
                }
            });
            values.sort((a, b) -> facet == SearchFacet.YEAR ? b.code().compareTo(a.code())
                    : Boolean.compare(b.selected(), a.selected()) != 0 ? Boolean.compare(b.selected(), a.selected())
                    : Long.compare(b.count(), a.count()));
            // a powiat is chosen on the map; the list shows it only as a filter in force
            if (!values.isEmpty() && (facet != SearchFacet.COUNTY || !selected.isEmpty())) {
                facets.add(new FacetView(facet, values));
            }
        }
        // "w gminie wiejskiej": the page says that such units come first, and offers them alone as a filter
        Set<String> chosenKinds = query.filters().getOrDefault(SearchFacet.UNIT_KIND, Set.of());
        model.addAttribute("kindsFirst", search.unitKindsFirst(query.text()).stream()
                .filter(kind -> !chosenKinds.contains(kind))
                .map(kind -> new KindFirst(labels.get(SearchFacet.UNIT_KIND).apply(kind),
                        toggle(state, SearchFacet.UNIT_KIND, kind)))
                .toList());
        model.addAttribute("query", query);
        model.addAttribute("q", query.text());
        model.addAttribute("sort", sort);
        model.addAttribute("results", results);
        model.addAttribute("facets", facets);
        model.addAttribute("active", active);
        model.addAttribute("page", query.page() + 1);
        model.addAttribute("pages", Math.min(LAST_PAGE, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("pageUrl", url(state, "strona") + (state.isEmpty() ? "?" : "&") + "strona=");
        model.addAttribute("clearFiltersUrl", url(withoutFilters(query, sort), null));
        return htmx != null ? "search/results :: results" : "search/results";
    }

    private static MultiValueMap<String, String> state(SearchQuery query, String sort) {
        MultiValueMap<String, String> state = withoutFilters(query, sort);
        query.filters().forEach((facet, values) -> values.forEach(v -> state.add(facet.param(), v)));
        return state;
    }

    private static MultiValueMap<String, String> withoutFilters(SearchQuery query, String sort) {
        MultiValueMap<String, String> state = new LinkedMultiValueMap<>();
        if (query.text() != null) {
            state.add("q", query.text());
        }
        if (sort != null && !sort.isBlank()) {
            state.add("sort", sort);
        }
        return state;
    }

    /** The URL with this facet value added, or removed when it is there; paging starts again. */
    private static String toggle(MultiValueMap<String, String> state, SearchFacet facet, String value) {
        MultiValueMap<String, String> next = new LinkedMultiValueMap<>();
        state.forEach((k, v) -> next.put(k, new ArrayList<>(v)));
        List<String> values = next.computeIfAbsent(facet.param(), k -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            next.remove(facet.param());
        }
        return url(next, null);
    }

    private static String url(MultiValueMap<String, String> state, String without) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>(state);
        if (without != null) {
            params.remove(without);
        }
        return UriComponentsBuilder.fromPath("/szukaj").queryParams(params).encode().build().toUriString();
    }

    private Map<SearchFacet, Function<String, String>> labels(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        taxonomies.all().forEach((taxonomy, terms) -> terms.forEach(t -> names.put(taxonomy + ":" + t.getCode(),
                t.name(locale))));
        Map<String, String> voivodeships = new LinkedHashMap<>();
        for (LocalGovernment v : units.voivodeships()) {
            voivodeships.put(v.getTeryt(), v.getName());
        }
        Map<SearchFacet, Function<String, String>> labels = new EnumMap<>(SearchFacet.class);
        labels.put(SearchFacet.SECTION, c -> names.getOrDefault(Taxonomy.SECTION + ":" + c, c));
        labels.put(SearchFacet.AREA, c -> names.getOrDefault(Taxonomy.AREA + ":" + c, c));
        labels.put(SearchFacet.TYPE, c -> names.getOrDefault(Taxonomy.PRACTICE_TYPE + ":" + c, c));
        labels.put(SearchFacet.SOURCE, c -> names.getOrDefault(Taxonomy.SOURCE + ":" + c, c));
        labels.put(SearchFacet.VOIVODESHIP, c -> voivodeships.getOrDefault(c, c));
        labels.put(SearchFacet.UNIT_KIND, c -> messages.getMessage("localgov.kind." + c, null, c, locale));
        labels.put(SearchFacet.SIZE_CATEGORY, c -> messages.getMessage("localgov.size." + c, null, c, locale));
        labels.put(SearchFacet.AWARD, c -> messages.getMessage("catalog.award." + c, null, c, locale));
        labels.put(SearchFacet.YEAR, c -> c);
        labels.put(SearchFacet.COUNTY, unitDirectory::countyName);
        return labels;
    }
}
