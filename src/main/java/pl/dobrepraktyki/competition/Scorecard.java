package pl.dobrepraktyki.competition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;

/**
 * One jury member's scores of one entry, one per criterion of the edition. A jury member may save
 * it unfinished; once submitted it is locked and every further change is refused.
 */
@Entity
@Table(name = "competition_scorecard")
public class Scorecard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long entryId;
    private String juryEmail;
    private boolean submitted;
    private Instant submittedAt;
    private Instant updatedAt;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "competition_score", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderColumn(name = "idx")
    private List<Score> scores = new ArrayList<>();

    protected Scorecard() {
    }

    Scorecard(long entryId, String juryEmail) {
        this.entryId = entryId;
        this.juryEmail = juryEmail;
    }

    /**
     * Replaces the scores; with {@code submit} every criterion needs a score in range and a
     * justification, and the card is locked afterwards.
     */
    void write(List<Score> newScores, int criteria, int maxScore, boolean submit, Instant now) {
        if (submitted) {
            throw new CompetitionException("competition.score.locked");
        }
        if (newScores.size() != criteria) {
            throw new CompetitionException("competition.score.incomplete");
        }
        for (Score s : newScores) {
            if (s.score() != null && (s.score() < 0 || s.score() > maxScore)) {
                throw new CompetitionException("competition.score.range", maxScore);
            }
            if (s.justification() != null && s.justification().length() > 2000) {
                throw new CompetitionException("competition.score.tooLong");
            }
            if (submit && (s.score() == null || s.justification() == null)) {
                throw new CompetitionException("competition.score.incomplete");
            }
        }
        scores.clear();
        scores.addAll(newScores);
        updatedAt = now;
        if (submit) {
            submitted = true;
            submittedAt = now;
        }
    }

    /** Loads the scores while the transaction is open. */
    Scorecard loaded() {
        Hibernate.initialize(scores);
        return this;
    }

    /** The scores as numbers, in the criteria's order (only for a submitted card). */
    List<Integer> values() {
        return scores.stream().map(Score::score).toList();
    }

    public Long getId() {
        return id;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getJuryEmail() {
        return juryEmail;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<Score> getScores() {
        return List.copyOf(scores);
    }
}
