package pl.dobrepraktyki.statistics;

import java.util.List;

import pl.dobrepraktyki.localgov.UnitKind;

/**
 * A population class of the default peer groups: units of one kind with population in
 * {@code [from, to)} (population on 31 December 2024 from the register). The classes per kind:
 * <ul>
 * <li>gminas (urban, urban-rural, rural): below 5,000; 5,000–9,999; 10,000–19,999; 20,000–49,999;
 * 50,000 and more;</li>
 * <li>cities with county rights: below 100,000; 100,000–299,999; 300,000 and more;</li>
 * <li>powiaty: below 50,000; 50,000–99,999; 100,000 and more;</li>
 * <li>voivodeships: one class (all 16).</li>
 * </ul>
 * Bounds follow the size classes GUS uses in its publications on gminas, merged where a class would
 * hold fewer than about 8 units of a kind.
 *
 * @param to exclusive upper bound, {@code null} for no bound
 */
public record PopulationClass(int from, Integer to) {

    private static final int[] MUNICIPALITY = { 0, 5_000, 10_000, 20_000, 50_000 };
    private static final int[] CITY_COUNTY = { 0, 100_000, 300_000 };
    private static final int[] COUNTY = { 0, 50_000, 100_000 };
    private static final int[] VOIVODESHIP = { 0 };

    /** The classes of a kind, smallest first. */
    public static List<PopulationClass> of(UnitKind kind) {
        int[] bounds = bounds(kind);
        return java.util.stream.IntStream.range(0, bounds.length)
                .mapToObj(i -> new PopulationClass(bounds[i], i + 1 < bounds.length ? bounds[i + 1] : null)).toList();
    }

    /** The class of a unit of the kind with the population, {@code null} when the population is unknown. */
    public static PopulationClass of(UnitKind kind, Integer population) {
        if (population == null) {
            return null;
        }
        return of(kind).stream().filter(c -> c.contains(population)).findFirst().orElseThrow();
    }

    public boolean contains(int population) {
        return population >= from && (to == null || population < to);
    }

    private static int[] bounds(UnitKind kind) {
        return switch (kind) {
            case VOIVODESHIP -> VOIVODESHIP;
            case COUNTY -> COUNTY;
            case CITY_COUNTY -> CITY_COUNTY;
            case URBAN_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY, RURAL_MUNICIPALITY -> MUNICIPALITY;
        };
    }
}
