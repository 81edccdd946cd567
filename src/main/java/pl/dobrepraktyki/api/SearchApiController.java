package pl.dobrepraktyki.api;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import pl.dobrepraktyki.search.SearchFacet;
import pl.dobrepraktyki.search.SearchQuery;
import pl.dobrepraktyki.search.SearchResults;
import pl.dobrepraktyki.search.SearchService;

/**
 * Full-text search over public practices with facets. Facet filters take codes ({@code section},
 * {@code area}, {@code type}: taxonomy codes; {@code voivodeship}: 2-digit TERYT; {@code unitKind},
 * {@code sizeCategory}: the register's codes; {@code source}; {@code year}); repeat a parameter for
 * alternatives. {@code snippet} is HTML: escaped text with {@code <mark>} around matched words.
 * The facet {@code county} (4-digit TERYT of a powiat) is counted only when {@code county} is among
 * the filters; the counts of all powiaty are on the map.
 */
@RestController
@Tag(name = "search", description = "Wyszukiwanie pełnotekstowe praktyk")
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    record Hit(long id, String title, UnitRef unit, float score, String snippet) {
    }

    record UnitRef(String teryt, String name) {
    }

    /**
     * {@code mostWords}: few practices ({@code allWords}) have every word of {@code q}, so the hits are
     * those with most of them, the ones with every word first. {@code unitKindsFirst}: the kinds of unit
     * (register codes) that {@code q} names ("w gminie wiejskiej"), whose practices come first; their
     * words need not be in a practice.
     */
    record Response(long total, List<Hit> hits, Map<String, Map<String, Long>> facets, boolean mostWords,
            long allWords, Set<String> unitKindsFirst) {
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search public practices: q (words), facet filters, sort (relevance|newest|title), page from 0, size up to 100")
    Response search(@RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + UnitApiController.DEFAULT_PAGE_SIZE) int size) {
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            List<String> values = params.get(facet.apiParam());
            if (values != null) {
                if (facet == SearchFacet.YEAR && values.stream().anyMatch(v -> !v.strip().matches("\\d{4}"))) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be a 4-digit year");
                }
                filters.put(facet, new LinkedHashSet<>(values));
            }
        }
        SearchQuery.Order order;
        try {
            order = sort == null || sort.isBlank() ? null
                    : SearchQuery.Order.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "sort must be relevance, newest or title");
        }
        SearchResults results;
        try {
            results = search.search(new SearchQuery(q, filters, order, page, size));
        }
        catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        results.facets().forEach((facet, counts) -> facets.put(facet.apiParam(), counts));
        return new Response(results.total(), results.hits().stream()
                .map(h -> new Hit(h.id(), h.title(), new UnitRef(h.leadUnitTeryt(), h.leadUnitName()), h.score(),
                        h.snippet()))
                .toList(), facets, results.mostWords(), results.allWords(), search.unitKindsFirst(q));
    }
}
