package pl.dobrepraktyki.competition.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import pl.dobrepraktyki.competition.Criterion;
import pl.dobrepraktyki.competition.EditionSpec;
import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/**
 * The form an administrator fills to create an edition, with the defaults of the issue: the four
 * size categories, every kind of gmina and powiat, the five criteria of weight 1 on a 0–5 scale, six
 * months of running before the call. Questions are typed one per line. Maps to {@link EditionSpec}.
 */
public class EditionForm {

    private String name;
    private Integer year;
    private String theme;
    private String section = "USLUGI_SPOLECZNE";
    private List<String> areas = new ArrayList<>(List.of("KULTURA", "POMOC_SPOLECZNA", "OCHRONA_ZDROWIA", "OSWIATA",
            "SPORT_I_REKREACJA"));
    private List<UnitKind> unitKinds = new ArrayList<>(List.of(UnitKind.COUNTY, UnitKind.CITY_COUNTY,
            UnitKind.URBAN_MUNICIPALITY, UnitKind.URBAN_RURAL_MUNICIPALITY, UnitKind.RURAL_MUNICIPALITY));
    private List<SizeCategory> categories = new ArrayList<>(Arrays.asList(SizeCategory.values()));
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime opensAt;
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime closesAt;
    private List<CriterionRow> criteria = new ArrayList<>(
            Criterion.DEFAULT_NAMES.stream().map(n -> new CriterionRow(n, 1)).toList());
    private Integer maxScore = 5;
    private Integer minMonthsRunning = 6;
    private Integer finalistsPerCategory = 5;
    private Integer laureatesPerCategory = 1;
    private Integer distinctionsPerCategory = 2;
    private Integer entriesPerUnit = 2;
    private String organisers = "Związek Miast Polskich, Związek Powiatów Polskich, Związek Gmin Wiejskich RP";
    private String fundingProject;
    private String questions;

    EditionSpec toSpec() {
        return new EditionSpec(name, year == null ? 0 : year, theme, section, areas, unitKinds, categories, opensAt,
                closesAt, criteria.stream().filter(c -> c.getName() != null && !c.getName().isBlank())
                        .map(c -> new Criterion(c.getName().strip(), c.getWeight() == null ? 0 : c.getWeight()))
                        .toList(),
                orZero(maxScore), orZero(minMonthsRunning), orZero(finalistsPerCategory), orZero(laureatesPerCategory),
                orZero(distinctionsPerCategory), orZero(entriesPerUnit), organisers, fundingProject,
                questions == null ? List.of() : questions.lines().toList());
    }

    private static int orZero(Integer value) {
        return value == null ? -1 : value;
    }

    /** One criterion row of the form. */
    public static class CriterionRow {
        private String name;
        private Integer weight;

        public CriterionRow() {
        }

        CriterionRow(String name, Integer weight) {
            this.name = name;
            this.weight = weight;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getWeight() { return weight; }
        public void setWeight(Integer weight) { this.weight = weight; }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getSection() { return section; }
    public void setSection(String section) { this.section = section; }
    public List<String> getAreas() { return areas; }
    public void setAreas(List<String> areas) { this.areas = areas == null ? new ArrayList<>() : areas; }
    public List<UnitKind> getUnitKinds() { return unitKinds; }
    public void setUnitKinds(List<UnitKind> unitKinds) { this.unitKinds = unitKinds == null ? new ArrayList<>() : unitKinds; }
    public List<SizeCategory> getCategories() { return categories; }
    public void setCategories(List<SizeCategory> categories) { this.categories = categories == null ? new ArrayList<>() : categories; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public List<CriterionRow> getCriteria() { return criteria; }
    public void setCriteria(List<CriterionRow> criteria) { this.criteria = criteria == null ? new ArrayList<>() : criteria; }
    public Integer getMaxScore() { return maxScore; }
    public void setMaxScore(Integer maxScore) { this.maxScore = maxScore; }
    public Integer getMinMonthsRunning() { return minMonthsRunning; }
    public void setMinMonthsRunning(Integer minMonthsRunning) { this.minMonthsRunning = minMonthsRunning; }
    public Integer getFinalistsPerCategory() { return finalistsPerCategory; }
    public void setFinalistsPerCategory(Integer v) { this.finalistsPerCategory = v; }
    public Integer getLaureatesPerCategory() { return laureatesPerCategory; }
    public void setLaureatesPerCategory(Integer v) { this.laureatesPerCategory = v; }
    public Integer getDistinctionsPerCategory() { return distinctionsPerCategory; }
    public void setDistinctionsPerCategory(Integer v) { this.distinctionsPerCategory = v; }
    public Integer getEntriesPerUnit() { return entriesPerUnit; }
    public void setEntriesPerUnit(Integer entriesPerUnit) { this.entriesPerUnit = entriesPerUnit; }
    public String getOrganisers() { return organisers; }
    public void setOrganisers(String organisers) { this.organisers = organisers; }
    public String getFundingProject() { return fundingProject; }
    public void setFundingProject(String fundingProject) { this.fundingProject = fundingProject; }
    public String getQuestions() { return questions; }
    public void setQuestions(String questions) { this.questions = questions; }
}
