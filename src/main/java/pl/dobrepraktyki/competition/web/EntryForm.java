package pl.dobrepraktyki.competition.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.Result;
import pl.dobrepraktyki.competition.EntryDraft;

/**
 * The application form: the practice description in the methodology's order (one area and one
 * practice type, one measurable result) and the answers to the edition's questions. The cost is
 * typed the Polish way ("120 000,50"). Maps to {@link EntryDraft}.
 */
public class EntryForm {

    private String title;
    private String summary;
    private String area;
    private String type;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    private String problem;
    private String goals;
    private String solution;
    private String costPln;
    private String fundingSources;
    private String people;
    private String resultIndicator;
    private String resultBefore;
    private String resultAfter;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate resultMeasuredOn;
    private String lessons;
    private String transferConditions;
    private String contactName;
    private String contactPosition;
    private String contactEmail;
    private String contactPhone;
    private boolean contactConsent;
    private List<String> answers = new ArrayList<>();

    /** The form filled from a saved entry. */
    static EntryForm of(PracticeContent c, List<String> answers, int questions) {
        EntryForm f = new EntryForm();
        f.title = c.title();
        f.summary = c.summary();
        f.area = c.areas().isEmpty() ? null : c.areas().get(0);
        f.type = c.types().isEmpty() ? null : c.types().get(0);
        f.startDate = c.startDate();
        f.problem = c.problem();
        f.goals = c.goals();
        f.solution = c.solution();
        f.costPln = c.costPln() == null ? null : c.costPln().toPlainString().replace('.', ',');
        f.fundingSources = c.fundingSources();
        f.people = c.people();
        if (!c.results().isEmpty()) {
            Result r = c.results().get(0);
            f.resultIndicator = r.indicator();
            f.resultBefore = r.valueBefore();
            f.resultAfter = r.valueAfter();
            f.resultMeasuredOn = r.measuredOn();
        }
        f.lessons = c.lessons();
        f.transferConditions = c.transferConditions();
        f.contactName = c.contact().name();
        f.contactPosition = c.contact().position();
        f.contactEmail = c.contact().email();
        f.contactPhone = c.contact().phone();
        f.contactConsent = c.contact().consent();
        f.answers = new ArrayList<>(answers);
        f.ensureAnswers(questions);
        return f;
    }

    void ensureAnswers(int questions) {
        while (answers.size() < questions) {
            answers.add("");
        }
    }

    /**
     * The draft for the service; the lead unit and section are set by the competition.
     *
     * @throws NumberFormatException when the cost is not a number
     */
    EntryDraft toDraft() {
        PracticeContent content = new PracticeContent(title, summary, null, List.of(), List.of(), null,
                area == null ? List.of() : List.of(area), type == null ? List.of() : List.of(type), List.of(),
                startDate == null ? null : startDate.getYear(), startDate, null, true, problem, goals, solution,
                cost(), fundingSources, people, null,
                List.of(new Result(resultIndicator, resultBefore, resultAfter, resultMeasuredOn)), null, lessons,
                transferConditions, List.of(), List.of(),
                new Contact(contactName, contactPosition, contactEmail, contactPhone, contactConsent, null), List.of(),
                null, null);
        return new EntryDraft(content, answers);
    }

    private BigDecimal cost() {
        if (costPln == null || costPln.isBlank()) {
            return null;
        }
        return new BigDecimal(costPln.replaceAll("[\\s\u00a0]", "").replace("zł", "").replace(',', '.'));
    }

    /** The form field that shows a problem the service names (the catalog's field names). */
    static String fieldOf(String serviceField) {
        if (serviceField.startsWith("results[")) {
            return serviceField.endsWith("measuredOn") ? "resultMeasuredOn" : "resultIndicator";
        }
        return switch (serviceField) {
            case "areas" -> "area";
            case "types" -> "type";
            case "startYear", "endDate" -> "startDate";
            case "title", "summary", "problem", "goals", "solution", "costPln", "fundingSources", "people", "lessons",
                    "transferConditions", "contactName", "contactPosition", "contactEmail", "contactPhone", "area",
                    "answers" -> serviceField;
            default -> null;
        };
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getGoals() { return goals; }
    public void setGoals(String goals) { this.goals = goals; }
    public String getSolution() { return solution; }
    public void setSolution(String solution) { this.solution = solution; }
    public String getCostPln() { return costPln; }
    public void setCostPln(String costPln) { this.costPln = costPln; }
    public String getFundingSources() { return fundingSources; }
    public void setFundingSources(String fundingSources) { this.fundingSources = fundingSources; }
    public String getPeople() { return people; }
    public void setPeople(String people) { this.people = people; }
    public String getResultIndicator() { return resultIndicator; }
    public void setResultIndicator(String resultIndicator) { this.resultIndicator = resultIndicator; }
    public String getResultBefore() { return resultBefore; }
    public void setResultBefore(String resultBefore) { this.resultBefore = resultBefore; }
    public String getResultAfter() { return resultAfter; }
    public void setResultAfter(String resultAfter) { this.resultAfter = resultAfter; }
    public LocalDate getResultMeasuredOn() { return resultMeasuredOn; }
    public void setResultMeasuredOn(LocalDate resultMeasuredOn) { this.resultMeasuredOn = resultMeasuredOn; }
    public String getLessons() { return lessons; }
    public void setLessons(String lessons) { this.lessons = lessons; }
    public String getTransferConditions() { return transferConditions; }
    public void setTransferConditions(String transferConditions) { this.transferConditions = transferConditions; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactPosition() { return contactPosition; }
    public void setContactPosition(String contactPosition) { this.contactPosition = contactPosition; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public boolean isContactConsent() { return contactConsent; }
    public void setContactConsent(boolean contactConsent) { this.contactConsent = contactConsent; }
    public List<String> getAnswers() { return answers; }
    public void setAnswers(List<String> answers) { this.answers = answers == null ? new ArrayList<>() : answers; }
}
