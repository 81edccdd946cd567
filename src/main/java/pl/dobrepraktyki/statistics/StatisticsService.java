package pl.dobrepraktyki.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.TerytCode;
import pl.dobrepraktyki.localgov.UnitKind;
import pl.dobrepraktyki.localgov.UnitNotFoundException;
import pl.dobrepraktyki.statistics.internal.Register;
import pl.dobrepraktyki.statistics.internal.StatValues;

/**
 * Reads indicators and compares units with their peer groups. Every unit code accepts 2, 4 or 7
 * digits (a city county's 4-digit code means the city); a malformed code throws
 * {@link IllegalArgumentException}, an unknown one {@link UnitNotFoundException}, an unknown
 * indicator {@link IndicatorNotFoundException}.
 */
@Service
public class StatisticsService {

    /** How many best units a comparison lists. */
    public static final int BEST = 5;
    /** The most units a custom group may have. */
    public static final int MAX_CUSTOM_GROUP = 500;

    private final StatValues values;
    private final Register register;

    StatisticsService(StatValues values, Register register) {
        this.values = values;
        this.register = register;
    }

    /** A unit of the register as statistics shows it. */
    public record Unit(String teryt, String name, UnitKind kind, Integer population) {

        static Unit of(LocalGovernment unit) {
            return new Unit(unit.getTeryt(), unit.getName(), unit.getKind(), unit.getPopulation());
        }
    }

    /** A unit's value in a year. */
    public record Point(int year, double value) {
    }

    /** A unit's place in the group. */
    public record Ranked(int rank, Unit unit, double value) {
    }

    /**
     * The comparison of a unit with its group for one indicator and year.
     *
     * @param value the unit's value, {@code null} when it has none that year
     * @param peers the distribution over the members with a value (the unit included), {@code null} when none has
     * @param rank 1 = best (see {@link Polarity}); units with equal values share the better rank; {@code null}
     *        without a value
     * @param withData how many members have a value
     * @param best the first {@value #BEST} members by rank
     */
    public record Comparison(Unit unit, Indicator indicator, int year, PeerGroup group, Double value,
            Distribution peers, Integer rank, int withData, List<Ranked> best) {

        /** How far the value lies from the group's median (see {@link Distribution#distance(double)}). */
        public Double distance() {
            return value == null || peers == null ? null : peers.distance(value);
        }
    }

    /** One year of a unit's history against its group. */
    public record YearComparison(int year, Double value, Distribution peers, Integer rank, int withData) {
    }

    public List<Indicator> indicators() {
        return values.indicators();
    }

    public Indicator indicator(String code) {
        return values.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IndicatorNotFoundException(code));
    }

    /** One stored value of an indicator for a unit and year (open data). */
    public record StoredValue(String teryt, String indicator, int year, double value) {
    }

    /** Hands every stored value to {@code each} by indicator, year and unit, streamed in batches (open data). */
    public void forEachValue(java.util.function.Consumer<StoredValue> each) {
        values.forEachValue(v -> each.accept(new StoredValue(v.teryt(), v.indicator(), v.year(), v.amount())));
    }

    /** The years with any value of the indicator, ascending. */
    public List<Integer> years(String code) {
        indicator(code);
        return java.util.Arrays.stream(values.years(code)).boxed().toList();
    }

    /** The unit in the register. */
    public Unit unit(String teryt) {
        return Unit.of(find(teryt));
    }

    /** The unit's values between the years (inclusive; {@code null} = no bound), oldest first. */
    public List<Point> series(String teryt, String code, Integer from, Integer to) {
        LocalGovernment unit = find(teryt);
        indicator(code);
        List<Point> points = new ArrayList<>();
        for (int year : values.years(code)) {
            if ((from == null || year >= from) && (to == null || year <= to)) {
                Double value = values.column(code, year).get(unit.getTeryt());
                if (value != null) {
                    points.add(new Point(year, value));
                }
            }
        }
        return points;
    }

    /** The default peer group: units of the same kind and population class (see {@link PopulationClass}). */
    public PeerGroup peerGroup(String teryt) {
        LocalGovernment unit = find(teryt);
        PopulationClass populationClass = PopulationClass.of(unit.getKind(), unit.getPopulation());
        List<String> members = register.snapshot().units().stream().filter(u -> u.getKind() == unit.getKind())
                .filter(u -> populationClass == null || u.getPopulation() != null
                        && populationClass.contains(u.getPopulation()))
                .map(LocalGovernment::getTeryt).sorted().toList();
        return new PeerGroup(unit.getKind(), populationClass, members);
    }

    /**
     * A custom group of chosen units (the unit itself is always added).
     *
     * @throws IllegalArgumentException for a malformed code or more than {@value #MAX_CUSTOM_GROUP} units
     * @throws UnitNotFoundException for a code that names no unit
     */
    public PeerGroup customGroup(String teryt, List<String> codes) {
        if (codes.size() > MAX_CUSTOM_GROUP) {
            throw new IllegalArgumentException("a group has at most " + MAX_CUSTOM_GROUP + " units");
        }
        java.util.TreeSet<String> members = new java.util.TreeSet<>();
        members.add(find(teryt).getTeryt());
        codes.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(c -> members.add(find(c).getTeryt()));
        return new PeerGroup(null, null, List.copyOf(members));
    }

    /** The members of a group as units, by name. */
    public List<Unit> members(PeerGroup group) {
        Register.Snapshot snapshot = register.snapshot();
        java.text.Collator polish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("pl"));
        return group.members().stream().map(snapshot::get).filter(Objects::nonNull).map(Unit::of)
                .sorted(Comparator.comparing(Unit::name, polish)).toList();
    }

    /** The unit against its group for one indicator and year. */
    public Comparison compare(String teryt, String code, int year, PeerGroup group) {
        LocalGovernment unit = find(teryt);
        Indicator indicator = indicator(code);
        List<Ranked> ranking = ranking(code, year, group);
        double[] all = ranking.stream().mapToDouble(Ranked::value).toArray();
        Double value = values.column(code, year).get(unit.getTeryt());
        Integer rank = value == null ? null : rank(all, value, indicator.polarity());
        return new Comparison(Unit.of(unit), indicator, year, group, value, Distribution.of(all), rank, all.length,
                ranking.subList(0, Math.min(BEST, ranking.size())));
    }

    /**
     * Every member of the group with a value in the year, best first (see {@link Polarity}); members
     * with equal values share the better rank and are ordered by code.
     */
    public List<Ranked> ranking(String code, int year, PeerGroup group) {
        Indicator indicator = indicator(code);
        StatValues.Column column = values.column(code, year);
        Register.Snapshot snapshot = register.snapshot();
        List<Ranked> members = new ArrayList<>();
        for (String member : group.members()) {
            Double value = column.get(member);
            LocalGovernment u = snapshot.get(member);
            if (value != null && u != null) {
                members.add(new Ranked(0, Unit.of(u), value));
            }
        }
        double[] all = members.stream().mapToDouble(Ranked::value).toArray();
        Comparator<Ranked> order = Comparator.comparingDouble(Ranked::value);
        if (!indicator.polarity().ascending()) {
            order = order.reversed();
        }
        members.sort(order.thenComparing(r -> r.unit().teryt()));
        return members.stream().map(r -> new Ranked(rank(all, r.value(), indicator.polarity()), r.unit(), r.value()))
                .toList();
    }

    /** Every year of the indicator: the unit's value next to its group's distribution and its rank. */
    public List<YearComparison> history(String teryt, String code, PeerGroup group) {
        LocalGovernment unit = find(teryt);
        Indicator indicator = indicator(code);
        List<YearComparison> years = new ArrayList<>();
        for (int year : values.years(code)) {
            StatValues.Column column = values.column(code, year);
            double[] all = group.members().stream().map(column::get).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).toArray();
            Double value = column.get(unit.getTeryt());
            if (all.length == 0 && value == null) {
                continue;
            }
            years.add(new YearComparison(year, value, Distribution.of(all),
                    value == null ? null : rank(all, value, indicator.polarity()), all.length));
        }
        return years;
    }

    /**
     * The unit profile ("raport o stanie"): for every indicator with a value of the unit, its latest
     * year compared with the group, the ones furthest from the group's median first.
     */
    public List<Comparison> profile(String teryt, PeerGroup group) {
        LocalGovernment unit = find(teryt);
        List<Comparison> comparisons = new ArrayList<>();
        for (Indicator indicator : values.indicators()) {
            int[] years = values.years(indicator.code());
            for (int i = years.length - 1; i >= 0; i--) {
                if (values.column(indicator.code(), years[i]).get(unit.getTeryt()) != null) {
                    comparisons.add(compare(unit.getTeryt(), indicator.code(), years[i], group));
                    break;
                }
            }
        }
        comparisons.sort(Comparator.comparingDouble((Comparison c) -> c.distance() == null ? -1
                : Math.abs(c.distance())).reversed().thenComparing(c -> c.indicator().sortOrder()));
        return comparisons;
    }

    /**
     * The values of an indicator in a year for every unit of the level, keyed by the register code
     * (for a map): voivodeships, powiaty (a city with county rights under its 4-digit code) or gminas.
     */
    public Map<String, Double> mapValues(String code, int year, MapLevel level) {
        indicator(code);
        StatValues.Column column = values.column(code, year);
        Map<String, Double> result = new LinkedHashMap<>();
        for (LocalGovernment unit : register.snapshot().units()) {
            Double value = column.get(unit.getTeryt());
            if (value == null) {
                continue;
            }
            switch (level) {
                case VOIVODESHIPS -> {
                    if (unit.getKind() == UnitKind.VOIVODESHIP) {
                        result.put(unit.getTeryt(), value);
                    }
                }
                case COUNTIES -> {
                    if (unit.getKind() == UnitKind.COUNTY) {
                        result.put(unit.getTeryt(), value);
                    }
                    else if (unit.getKind() == UnitKind.CITY_COUNTY) {
                        result.put(unit.getCountyTeryt(), value);
                    }
                }
                case MUNICIPALITIES -> {
                    if (unit.getKind().isMunicipality()) {
                        result.put(unit.getTeryt(), value);
                    }
                }
            }
        }
        return result;
    }

    /** The level of a map. */
    public enum MapLevel {
        VOIVODESHIPS, COUNTIES, MUNICIPALITIES
    }

    /** The name of a unit by its code (2, 4 or 7 digits), or the code itself. */
    public String unitName(String teryt) {
        LocalGovernment unit = register.snapshot().get(teryt);
        return unit == null ? teryt : unit.getName();
    }

    /** Competition ranking: 1 + the number of values strictly better. */
    static int rank(double[] all, double value, Polarity polarity) {
        int better = 0;
        for (double other : all) {
            if (polarity.ascending() ? other < value : other > value) {
                better++;
            }
        }
        return better + 1;
    }

    private LocalGovernment find(String teryt) {
        TerytCode code = TerytCode.of(teryt);
        LocalGovernment unit = register.snapshot().get(code.value());
        if (unit == null) {
            throw new UnitNotFoundException(code.value());
        }
        return unit;
    }
}
