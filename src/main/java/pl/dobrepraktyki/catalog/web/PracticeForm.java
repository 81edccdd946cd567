package pl.dobrepraktyki.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.format.annotation.DateTimeFormat;

import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.Link;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.Result;
import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/**
 * The practice form, one field per part of the methodology. Lists people type one per line
 * (partner units and organisations) or separated by commas (keywords); the cost is typed the Polish
 * way ("120 000,50"). Maps to {@link PracticeContent}, never to the entity.
 */
public class PracticeForm {

    /** Result rows the form always offers. */
    static final int MIN_RESULT_ROWS = 3;
    static final int MIN_LINK_ROWS = 2;

    private Long version;
    // 1. identity
    private String title;
    private String summary;
    private String partnerUnitTeryts;
    private String partnerOrganisations;
    private String section;
    private List<String> areas = new ArrayList<>();
    private List<String> types = new ArrayList<>();
    private String keywords;
    private Integer startYear;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private boolean ongoing;
    private String source;
    private String fundingProject;
    // 2.–4.
    private String problem;
    private String goals;
    private String solution;
    // 5.
    private String costPln;
    private String fundingSources;
    private String people;
    private String timeNeeded;
    // 6.
    private List<ResultRow> results = new ArrayList<>();
    private String resultsText;
    // 7.–8.
    private String lessons;
    private String transferConditions;
    private List<UnitKind> transferUnitKinds = new ArrayList<>();
    private List<SizeCategory> transferSizeCategories = new ArrayList<>();
    // 9.
    private String contactName;
    private String contactPosition;
    private String contactEmail;
    private String contactPhone;
    private boolean contactConsent;
    // 10.
    private List<LinkRow> links = new ArrayList<>();

    /** One row of the results table. */
    public static class ResultRow {
        private String indicator;
        private String valueBefore;
        private String valueAfter;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate measuredOn;

        public ResultRow() {
        }

        ResultRow(Result r) {
            this.indicator = r.indicator();
            this.valueBefore = r.valueBefore();
            this.valueAfter = r.valueAfter();
            this.measuredOn = r.measuredOn();
        }

        /** The row as one line ("indicator: before → after (date)"), empty for an empty row. */
        public String getSummary() {
            Result r = toResult();
            if (r.isEmpty()) {
                return "";
            }
            return Objects.toString(r.indicator(), "") + ": " + Objects.toString(r.valueBefore(), "") + " → "
                    + Objects.toString(r.valueAfter(), "") + (r.measuredOn() == null ? "" : " (" + r.measuredOn() + ")");
        }

        Result toResult() {
            return new Result(indicator, valueBefore, valueAfter, measuredOn);
        }

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public String getValueBefore() {
            return valueBefore;
        }

        public void setValueBefore(String valueBefore) {
            this.valueBefore = valueBefore;
        }

        public String getValueAfter() {
            return valueAfter;
        }

        public void setValueAfter(String valueAfter) {
            this.valueAfter = valueAfter;
        }

        public LocalDate getMeasuredOn() {
            return measuredOn;
        }

        public void setMeasuredOn(LocalDate measuredOn) {
            this.measuredOn = measuredOn;
        }
    }

    /** One link: what it is and where. */
    public static class LinkRow {
        private String title;
        private String url;

        public LinkRow() {
        }

        LinkRow(Link link) {
            this.title = link.title();
            this.url = link.url();
        }

        boolean isEmpty() {
            return blank(title) && blank(url);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    /** An empty form with the rows the page always offers. */
    static PracticeForm empty() {
        PracticeForm form = new PracticeForm();
        form.padRows();
        return form;
    }

    /** The form filled with the saved content of a practice at its version. */
    static PracticeForm of(PracticeContent c, long version) {
        PracticeForm f = new PracticeForm();
        f.version = version;
        f.title = c.title();
        f.summary = c.summary();
        f.partnerUnitTeryts = String.join("\n", c.partnerUnitTeryts());
        f.partnerOrganisations = String.join("\n", c.partnerOrganisations());
        f.section = c.section();
        f.areas = new ArrayList<>(c.areas());
        f.types = new ArrayList<>(c.types());
        f.keywords = String.join(", ", c.keywords());
        f.startYear = c.startYear();
        f.startDate = c.startDate();
        f.endDate = c.endDate();
        f.ongoing = c.ongoing();
        f.source = c.source();
        f.fundingProject = c.fundingProject();
        f.problem = c.problem();
        f.goals = c.goals();
        f.solution = c.solution();
        f.costPln = c.costPln() == null ? null : c.costPln().toPlainString().replace('.', ',');
        f.fundingSources = c.fundingSources();
        f.people = c.people();
        f.timeNeeded = c.timeNeeded();
        f.results = new ArrayList<>(c.results().stream().map(ResultRow::new).toList());
        f.resultsText = c.resultsText();
        f.lessons = c.lessons();
        f.transferConditions = c.transferConditions();
        f.transferUnitKinds = new ArrayList<>(c.transferUnitKinds());
        f.transferSizeCategories = new ArrayList<>(c.transferSizeCategories());
        Contact contact = c.contact();
        f.contactName = contact.name();
        f.contactPosition = contact.position();
        f.contactEmail = contact.email();
        f.contactPhone = contact.phone();
        f.contactConsent = contact.consent();
        f.links = new ArrayList<>(c.links().stream().map(LinkRow::new).toList());
        f.padRows();
        return f;
    }

    /** Adds empty rows so that the page offers at least three results, two links and one spare row. */
    void padRows() {
        int resultRows = (int) Math.max(MIN_RESULT_ROWS, nonEmptyResults() + 1);
        while (results.size() < resultRows) {
            results.add(new ResultRow());
        }
        int linkRows = Math.max(MIN_LINK_ROWS, (int) links.stream().filter(l -> !l.isEmpty()).count() + 1);
        while (links.size() < linkRows) {
            links.add(new LinkRow());
        }
    }

    private long nonEmptyResults() {
        return results.stream().filter(r -> r != null && !r.toResult().isEmpty()).count();
    }

    /** The cost as a number, or {@code null} when none was typed. */
    BigDecimal cost() throws NumberFormatException {
        if (blank(costPln)) {
            return null;
        }
        String normalized = costPln.replaceAll("[\\s\\u00a0]", "").replaceAll("(?i)(zł|zl|pln)$", "").replace(',',
                '.');
        return new BigDecimal(normalized);
    }

    /** The row indexes of the form that become the content's results, in order (empty rows drop out). */
    List<Integer> resultRowIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) != null && !results.get(i).toResult().isEmpty()) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** The row indexes of the form that become the content's links, in order. */
    List<Integer> linkRowIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i) != null && !blank(links.get(i).url)) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** The content to save for the lead unit; {@code cost} was parsed by the caller. */
    PracticeContent toContent(String leadUnitTeryt, BigDecimal cost) {
        return new PracticeContent(title, summary, leadUnitTeryt, lines(partnerUnitTeryts),
                lines(partnerOrganisations), section, areas, types, commas(keywords), startYear, startDate, endDate,
                ongoing, problem, goals, solution, cost, fundingSources, people, timeNeeded,
                resultRowIndexes().stream().map(i -> results.get(i).toResult()).toList(), resultsText, lessons,
                transferConditions, transferUnitKinds, transferSizeCategories,
                new Contact(contactName, contactPosition, contactEmail, contactPhone, contactConsent, null),
                linkRowIndexes().stream().map(i -> new Link(links.get(i).title, links.get(i).url)).toList(), source,
                fundingProject);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> commas(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    // --- accessors ------------------------------------------------------------------------------

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getPartnerUnitTeryts() {
        return partnerUnitTeryts;
    }

    public void setPartnerUnitTeryts(String partnerUnitTeryts) {
        this.partnerUnitTeryts = partnerUnitTeryts;
    }

    public String getPartnerOrganisations() {
        return partnerOrganisations;
    }

    public void setPartnerOrganisations(String partnerOrganisations) {
        this.partnerOrganisations = partnerOrganisations;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas == null ? new ArrayList<>() : areas;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types == null ? new ArrayList<>() : types;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
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

    public boolean isOngoing() {
        return ongoing;
    }

    public void setOngoing(boolean ongoing) {
        this.ongoing = ongoing;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getFundingProject() {
        return fundingProject;
    }

    public void setFundingProject(String fundingProject) {
        this.fundingProject = fundingProject;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getCostPln() {
        return costPln;
    }

    public void setCostPln(String costPln) {
        this.costPln = costPln;
    }

    public String getFundingSources() {
        return fundingSources;
    }

    public void setFundingSources(String fundingSources) {
        this.fundingSources = fundingSources;
    }

    public String getPeople() {
        return people;
    }

    public void setPeople(String people) {
        this.people = people;
    }

    public String getTimeNeeded() {
        return timeNeeded;
    }

    public void setTimeNeeded(String timeNeeded) {
        this.timeNeeded = timeNeeded;
    }

    public List<ResultRow> getResults() {
        return results;
    }

    public void setResults(List<ResultRow> results) {
        this.results = results == null ? new ArrayList<>() : new ArrayList<>(results.stream()
                .map(r -> r == null ? new ResultRow() : r).toList());
    }

    public String getResultsText() {
        return resultsText;
    }

    public void setResultsText(String resultsText) {
        this.resultsText = resultsText;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public String getTransferConditions() {
        return transferConditions;
    }

    public void setTransferConditions(String transferConditions) {
        this.transferConditions = transferConditions;
    }

    public List<UnitKind> getTransferUnitKinds() {
        return transferUnitKinds;
    }

    public void setTransferUnitKinds(List<UnitKind> transferUnitKinds) {
        this.transferUnitKinds = transferUnitKinds == null ? new ArrayList<>() : transferUnitKinds;
    }

    public List<SizeCategory> getTransferSizeCategories() {
        return transferSizeCategories;
    }

    public void setTransferSizeCategories(List<SizeCategory> transferSizeCategories) {
        this.transferSizeCategories = transferSizeCategories == null ? new ArrayList<>() : transferSizeCategories;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPosition() {
        return contactPosition;
    }

    public void setContactPosition(String contactPosition) {
        this.contactPosition = contactPosition;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isContactConsent() {
        return contactConsent;
    }

    public void setContactConsent(boolean contactConsent) {
        this.contactConsent = contactConsent;
    }

    public List<LinkRow> getLinks() {
        return links;
    }

    public void setLinks(List<LinkRow> links) {
        this.links = links == null ? new ArrayList<>() : new ArrayList<>(links.stream()
                .map(l -> l == null ? new LinkRow() : l).toList());
    }

    @Override
    public String toString() {
        return "PracticeForm[" + Objects.toString(title) + "]";
    }
}
