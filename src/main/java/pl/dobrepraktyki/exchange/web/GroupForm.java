package pl.dobrepraktyki.exchange.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import pl.dobrepraktyki.exchange.GroupKind;
import pl.dobrepraktyki.exchange.GroupParams;
import pl.dobrepraktyki.exchange.GroupView;

/** The group form. */
public class GroupForm {

    private String name;
    private GroupKind kind;
    private Long parentGroupId;
    private String topic;
    private List<String> areas = new ArrayList<>();
    private String programmeCode;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private boolean strategyWorkshop;
    private long version;

    static GroupForm of(GroupView g) {
        GroupForm form = new GroupForm();
        form.name = g.name();
        form.kind = g.kind();
        form.parentGroupId = g.parentGroupId();
        form.topic = g.topic();
        form.areas = new ArrayList<>(g.areas());
        form.programmeCode = g.programmeCode();
        form.startDate = g.startDate();
        form.endDate = g.endDate();
        form.strategyWorkshop = g.strategyWorkshop();
        form.version = g.version();
        return form;
    }

    GroupParams toParams() {
        return new GroupParams(name, kind, parentGroupId, topic, areas, programmeCode, startDate, endDate, strategyWorkshop);
    }

    public boolean isStrategyWorkshop() {
        return strategyWorkshop;
    }

    public void setStrategyWorkshop(boolean strategyWorkshop) {
        this.strategyWorkshop = strategyWorkshop;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public GroupKind getKind() {
        return kind;
    }

    public void setKind(GroupKind kind) {
        this.kind = kind;
    }

    public Long getParentGroupId() {
        return parentGroupId;
    }

    public void setParentGroupId(Long parentGroupId) {
        this.parentGroupId = parentGroupId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas == null ? new ArrayList<>() : areas;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public void setProgrammeCode(String programmeCode) {
        this.programmeCode = programmeCode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
