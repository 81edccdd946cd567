package pl.dobrepraktyki.competition;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/**
 * What an administrator writes when creating an edition (the parameter of
 * {@link CompetitionService#createEdition}). The window's times are local times in
 * {@link #ZONE Europe/Warsaw}.
 *
 * @param section the section of the base the awarded practices go to (a taxonomy code)
 * @param areas thematic areas (taxonomy codes) entries choose from
 * @param minMonthsRunning how long a solution must have run before the call opens
 * @param entriesPerUnit how many entries one unit may send
 */
public record EditionSpec(String name, int year, String theme, String section, List<String> areas,
        List<UnitKind> unitKinds, List<SizeCategory> categories, LocalDateTime opensAt, LocalDateTime closesAt,
        List<Criterion> criteria, int maxScore, int minMonthsRunning, int finalistsPerCategory,
        int laureatesPerCategory, int distinctionsPerCategory, int entriesPerUnit, String organisers,
        String fundingProject, List<String> questions) {

    /** The competition's time zone: deadlines are Polish time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    public EditionSpec {
        areas = areas == null ? List.of() : List.copyOf(areas);
        unitKinds = unitKinds == null || unitKinds.isEmpty() ? List.of(UnitKind.COUNTY, UnitKind.CITY_COUNTY,
                UnitKind.URBAN_MUNICIPALITY, UnitKind.URBAN_RURAL_MUNICIPALITY, UnitKind.RURAL_MUNICIPALITY)
                : List.copyOf(unitKinds);
        categories = categories == null || categories.isEmpty() ? List.of(SizeCategory.values())
                : List.copyOf(categories);
        criteria = criteria == null || criteria.isEmpty()
                ? Criterion.DEFAULT_NAMES.stream().map(n -> new Criterion(n, 1)).toList() : List.copyOf(criteria);
        questions = questions == null ? List.of()
                : questions.stream().filter(q -> q != null && !q.isBlank()).map(String::strip).toList();
    }
}
