package pl.dobrepraktyki.competition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;

import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/**
 * An edition of the competition: the call (theme, areas, eligible unit kinds, categories, window),
 * the scoring rules (criteria with weights, scale 0–{@code maxScore}) and how many finalists,
 * laureates and distinctions each category gets. Its phase follows from the clock and the results.
 */
@Entity
@Table(name = "competition_edition")
public class Edition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;
    @Column(name = "edition_year")
    private int year;
    private String theme;
    private String sectionCode;
    private Instant opensAt;
    private Instant closesAt;
    private int maxScore;
    private int minMonthsRunning;
    private int finalistsPerCategory;
    private int laureatesPerCategory;
    private int distinctionsPerCategory;
    private int entriesPerUnit;
    private String organisers;
    private String fundingProjectCode;
    private Instant resultsPublishedAt;
    private boolean demo;
    private String createdBy;
    private Instant createdAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "competition_edition_area", joinColumns = @JoinColumn(name = "edition_id"))
    @Column(name = "code")
    private Set<String> areas = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "competition_edition_unit_kind", joinColumns = @JoinColumn(name = "edition_id"))
    @Column(name = "unit_kind")
    @Enumerated(EnumType.STRING)
    private Set<UnitKind> unitKinds = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "competition_edition_category", joinColumns = @JoinColumn(name = "edition_id"))
    @Column(name = "size_category")
    @Enumerated(EnumType.STRING)
    private Set<SizeCategory> categories = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "competition_edition_criterion", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "idx")
    private List<Criterion> criteria = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "competition_edition_question", joinColumns = @JoinColumn(name = "edition_id"))
    @OrderColumn(name = "idx")
    @Column(name = "question")
    private List<String> questions = new ArrayList<>();

    protected Edition() {
    }

    Edition(EditionSpec spec, String createdBy, Instant now, boolean demo) {
        this.name = spec.name().strip();
        this.year = spec.year();
        this.theme = spec.theme().strip();
        this.sectionCode = spec.section();
        this.opensAt = spec.opensAt().atZone(EditionSpec.ZONE).toInstant();
        this.closesAt = spec.closesAt().atZone(EditionSpec.ZONE).toInstant();
        this.maxScore = spec.maxScore();
        this.minMonthsRunning = spec.minMonthsRunning();
        this.finalistsPerCategory = spec.finalistsPerCategory();
        this.laureatesPerCategory = spec.laureatesPerCategory();
        this.distinctionsPerCategory = spec.distinctionsPerCategory();
        this.entriesPerUnit = spec.entriesPerUnit();
        this.organisers = spec.organisers() == null || spec.organisers().isBlank() ? null : spec.organisers().strip();
        this.fundingProjectCode = spec.fundingProject() == null || spec.fundingProject().isBlank() ? null
                : spec.fundingProject();
        this.areas.addAll(spec.areas());
        this.unitKinds.addAll(spec.unitKinds());
        this.categories.addAll(spec.categories());
        this.criteria.addAll(spec.criteria());
        this.questions.addAll(spec.questions());
        this.createdBy = createdBy;
        this.createdAt = now;
        this.demo = demo;
    }

    /** Loads the lazy collections while the transaction is open (pages read them after it ends). */
    Edition loaded() {
        Hibernate.initialize(areas);
        Hibernate.initialize(unitKinds);
        Hibernate.initialize(categories);
        Hibernate.initialize(criteria);
        Hibernate.initialize(questions);
        return this;
    }

    /** The phase at the moment {@code now}. */
    public EditionPhase phaseAt(Instant now) {
        if (resultsPublishedAt != null) {
            return EditionPhase.FINISHED;
        }
        if (now.isBefore(opensAt)) {
            return EditionPhase.ANNOUNCED;
        }
        return now.isBefore(closesAt) ? EditionPhase.OPEN : EditionPhase.EVALUATION;
    }

    /** Refuses any change of an entry outside the application window. */
    void requireOpen(Instant now) {
        if (now.isBefore(opensAt)) {
            throw new CompetitionException("competition.entry.notOpen");
        }
        if (!now.isBefore(closesAt)) {
            throw new CompetitionException("competition.entry.closed");
        }
    }

    /** Refuses evaluation steps before the deadline or after the results. */
    void requireEvaluation(Instant now) {
        if (phaseAt(now) != EditionPhase.EVALUATION) {
            throw new CompetitionException("competition.evaluation.notNow");
        }
    }

    void publishResults(Instant now) {
        requireEvaluation(now);
        resultsPublishedAt = now;
    }

    /** The weighted mean of one jury member's scores (one per criterion, in order). */
    double weighted(List<Integer> scores) {
        double sum = 0;
        int weights = 0;
        for (int i = 0; i < criteria.size(); i++) {
            sum += criteria.get(i).weight() * scores.get(i);
            weights += criteria.get(i).weight();
        }
        return weights == 0 ? 0 : sum / weights;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public String getTheme() {
        return theme;
    }

    public String getSectionCode() {
        return sectionCode;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public int getMinMonthsRunning() {
        return minMonthsRunning;
    }

    public int getFinalistsPerCategory() {
        return finalistsPerCategory;
    }

    public int getLaureatesPerCategory() {
        return laureatesPerCategory;
    }

    public int getDistinctionsPerCategory() {
        return distinctionsPerCategory;
    }

    public int getEntriesPerUnit() {
        return entriesPerUnit;
    }

    public String getOrganisers() {
        return organisers;
    }

    public String getFundingProjectCode() {
        return fundingProjectCode;
    }

    public Instant getResultsPublishedAt() {
        return resultsPublishedAt;
    }

    /** When the edition was announced on the platform. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isDemo() {
        return demo;
    }

    /** The areas' codes in alphabetical order. */
    public List<String> getAreas() {
        return areas.stream().sorted().toList();
    }

    public List<UnitKind> getUnitKinds() {
        return unitKinds.stream().sorted().toList();
    }

    /** The categories in the register's order. */
    public List<SizeCategory> getCategories() {
        return categories.stream().sorted().toList();
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public List<String> getQuestions() {
        return List.copyOf(questions);
    }
}
