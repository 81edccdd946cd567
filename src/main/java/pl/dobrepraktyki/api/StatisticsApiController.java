package pl.dobrepraktyki.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import pl.dobrepraktyki.statistics.Distribution;
import pl.dobrepraktyki.statistics.Indicator;
import pl.dobrepraktyki.statistics.PeerGroup;
import pl.dobrepraktyki.statistics.StatisticsService;

/**
 * Indicators, a unit's values and its comparison with its default peer group (same kind and
 * population class). A malformed code or year range is a 400 problem; an unknown unit or indicator,
 * or a year without values, a 404 problem.
 */
@RestController
@Tag(name = "statistics", description = "Wskaźniki, wartości jednostek i porównanie z grupą porównawczą")
class StatisticsApiController {

    private final StatisticsService statistics;

    StatisticsApiController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    /** An indicator of the catalogue. */
    record IndicatorResponse(String code, String name, String nameEn, String unitOfMeasure, String area,
            String source, String polarity, boolean higherIsBetter, String description, String formula,
            List<Integer> years) {
    }

    /** A unit in statistics answers. */
    record UnitRef(String teryt, String name, String kind, Integer population) {

        static UnitRef of(StatisticsService.Unit unit) {
            return new UnitRef(unit.teryt(), unit.name(), unit.kind().name(), unit.population());
        }
    }

    record YearValue(int year, double value) {
    }

    record SeriesResponse(UnitRef unit, String indicator, String unitOfMeasure, List<YearValue> values) {
    }

    /** The group's distribution; {@code size} counts the members with a value that year. */
    record PeerGroupStats(int size, int members, Double min, Double q1, Double median, Double q3, Double max) {
    }

    record ComparisonResponse(UnitRef unit, String indicator, int year, Double value, PeerGroupStats peerGroup,
            Integer rank) {
    }

    record PeersResponse(UnitRef unit, String kind, Integer populationFrom, Integer populationTo, int size,
            List<UnitRef> units) {
    }

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "The indicator catalogue with the years that have values")
    List<IndicatorResponse> indicators() {
        return statistics.indicators().stream().map(this::response).toList();
    }

    @GetMapping("/api/v1/units/{teryt}/indicators/{code}")
    @Operation(summary = "A unit's values of an indicator, oldest year first")
    SeriesResponse series(@PathVariable String teryt, @PathVariable String code,
            @Parameter(description = "first year (inclusive)") @RequestParam(required = false) Integer from,
            @Parameter(description = "last year (inclusive)") @RequestParam(required = false) Integer to) {
        if (from != null && to != null && from > to) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must not be after to");
        }
        StatisticsService.Unit unit = unit(teryt);
        Indicator indicator = statistics.indicator(code);
        List<YearValue> values = statistics.series(unit.teryt(), code, from, to).stream()
                .map(p -> new YearValue(p.year(), p.value())).toList();
        return new SeriesResponse(UnitRef.of(unit), indicator.code(), indicator.unitOfMeasure(), values);
    }

    @GetMapping("/api/v1/units/{teryt}/comparison/{code}")
    @Operation(summary = "A unit against its default peer group: its value, the group's median and quartiles "
            + "(linear interpolation, type 7) and its rank (1 = best); year defaults to the latest with values")
    ComparisonResponse comparison(@PathVariable String teryt, @PathVariable String code,
            @RequestParam(required = false) Integer year) {
        StatisticsService.Unit unit = unit(teryt);
        List<Integer> years = statistics.years(code);
        int chosen;
        if (year != null) {
            if (!years.contains(year)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "indicator " + code + " has no values in "
                        + year);
            }
            chosen = year;
        }
        else if (years.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "indicator " + code + " has no values");
        }
        else {
            chosen = years.get(years.size() - 1);
        }
        PeerGroup group = statistics.peerGroup(unit.teryt());
        StatisticsService.Comparison c = statistics.compare(unit.teryt(), code, chosen, group);
        Distribution d = c.peers();
        PeerGroupStats stats = d == null ? new PeerGroupStats(0, group.size(), null, null, null, null, null)
                : new PeerGroupStats(d.size(), group.size(), d.min(), d.q1(), d.median(), d.q3(), d.max());
        return new ComparisonResponse(UnitRef.of(unit), code, chosen, c.value(), stats, c.rank());
    }

    @GetMapping("/api/v1/units/{teryt}/peers")
    @Operation(summary = "The units of a unit's default peer group (same kind and population class), by name")
    PeersResponse peers(@PathVariable String teryt) {
        StatisticsService.Unit unit = unit(teryt);
        PeerGroup group = statistics.peerGroup(unit.teryt());
        return new PeersResponse(UnitRef.of(unit), group.kind().name(),
                group.populationClass() == null ? null : group.populationClass().from(),
                group.populationClass() == null ? null : group.populationClass().to(), group.size(),
                statistics.members(group).stream().map(UnitRef::of).toList());
    }

    private IndicatorResponse response(Indicator i) {
        return new IndicatorResponse(i.code(), i.namePl(), i.nameEn(), i.unitOfMeasure(), i.areaCode(), i.source(),
                i.polarity().name(), i.polarity() == pl.dobrepraktyki.statistics.Polarity.HIGHER_BETTER,
                i.description(), i.formula(), statistics.years(i.code()));
    }

    private StatisticsService.Unit unit(String teryt) {
        try {
            return statistics.unit(teryt);
        }
        catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
