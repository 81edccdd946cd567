package pl.dobrepraktyki.alerts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A saved search (or a follow) of one person: the search as in the address of {@code /szukaj} (or a
 * followed unit or exchange group), how often it alerts, and its high-water mark: the practices published
 * (and the group's meetings planned) up to it are alerted already.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String owner;
    private String name;
    private String query;
    private String unitTeryt;
    private Long groupId;
    @Enumerated(EnumType.STRING)
    private SavedSearchKind kind;
    @Enumerated(EnumType.STRING)
    private Frequency frequency;
    private String feedToken;
    private Instant highWater;
    private Instant lastRun;
    private Instant lastVisit;
    @Column(name = "next_seq")
    private int nextSeq;
    private Instant createdAt;
    @Version
    private long version;

    protected SavedSearch() {
    }

    SavedSearch(String owner, String name, String query, String unitTeryt, Long groupId, SavedSearchKind kind,
            Frequency frequency, String feedToken, Instant now) {
        this.owner = owner;
        this.name = name;
        this.query = query;
        this.unitTeryt = unitTeryt;
        this.groupId = groupId;
        this.kind = kind;
        this.frequency = frequency;
        this.feedToken = feedToken;
        this.highWater = now;
        this.lastRun = now;
        this.lastVisit = now;
        this.nextSeq = 1;
        this.createdAt = now;
    }

    /** Whether its alert is due at {@code now}: at every run when immediate, else a day or a week after the last. */
    public boolean isDue(Instant now) {
        return frequency == Frequency.IMMEDIATE
                || !now.isBefore(lastRun.plus(frequency.interval()).minus(Frequency.TOLERANCE));
    }

    /** The job looked for new practices up to {@code until}; returns the sequence number of the alert it writes. */
    public int alerted(Instant until, Instant now, boolean wroteAlert) {
        highWater = until;
        lastRun = now;
        return wroteAlert ? nextSeq++ : 0;
    }

    void visited(Instant now) {
        lastVisit = now;
    }

    void changeFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public String getUnitTeryt() {
        return unitTeryt;
    }

    /** The followed exchange group, or null. */
    public Long getGroupId() {
        return groupId;
    }

    public SavedSearchKind getKind() {
        return kind;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public String getFeedToken() {
        return feedToken;
    }

    public Instant getHighWater() {
        return highWater;
    }

    public Instant getLastRun() {
        return lastRun;
    }

    public Instant getLastVisit() {
        return lastVisit;
    }

    public int getNextSeq() {
        return nextSeq;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
