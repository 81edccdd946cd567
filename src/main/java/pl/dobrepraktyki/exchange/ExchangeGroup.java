package pl.dobrepraktyki.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/** An exchange group: its kind, topic and areas, programme, period, moderators and member units. */
@Entity
@Table(name = "exchange_group")
class ExchangeGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private GroupKind kind;

    private Long parentGroupId;
    private String topic;
    private String programmeCode;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean demo;
    private boolean strategyWorkshop;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "exchange_group_area", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "code")
    private Set<String> areas = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "exchange_group_moderator", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "email")
    private Set<String> moderators = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "exchange_group_unit", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "unit_teryt")
    private Set<String> unitTeryts = new LinkedHashSet<>();

    protected ExchangeGroup() {
    }

    static ExchangeGroup create(GroupParams params, String moderator, boolean demo, Instant now) {
        ExchangeGroup group = new ExchangeGroup();
        group.createdBy = moderator;
        group.createdAt = now;
        group.demo = demo;
        group.moderators.add(moderator);
        group.change(params);
        return group;
    }

    void change(GroupParams params) {
        name = params.name();
        kind = params.kind();
        parentGroupId = params.kind() == GroupKind.REGIONAL_SUBGROUP ? params.parentGroupId() : null;
        topic = params.topic();
        programmeCode = params.programmeCode();
        startDate = params.startDate();
        endDate = params.endDate();
        strategyWorkshop = params.strategyWorkshop();
        areas.clear();
        areas.addAll(params.areas());
    }

    boolean isModerator(String email) {
        return email != null && moderators.contains(email);
    }

    void addModerator(String email) {
        moderators.add(email);
    }

    void addUnit(String teryt) {
        unitTeryts.add(teryt);
    }

    void removeUnit(String teryt) {
        unitTeryts.remove(teryt);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    GroupKind getKind() {
        return kind;
    }

    Long getParentGroupId() {
        return parentGroupId;
    }

    String getTopic() {
        return topic;
    }

    String getProgrammeCode() {
        return programmeCode;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    boolean isStrategyWorkshop() {
        return strategyWorkshop;
    }

    boolean isDemo() {
        return demo;
    }

    long getVersion() {
        return version;
    }

    Set<String> getAreas() {
        return areas;
    }

    Set<String> getModerators() {
        return moderators;
    }

    Set<String> getUnitTeryts() {
        return unitTeryts;
    }
}
