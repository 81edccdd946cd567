package pl.dobrepraktyki.catalog.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import pl.dobrepraktyki.catalog.PracticeService;

/**
 * One practice in the exchange format of {@code docs/import-format.md}: what
 * {@code import-practices} reads and {@code export-practices} writes.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PracticeRecord(String externalId, String title, String leadUnitTeryt, List<String> partnerUnitTeryts,
        List<String> partnerOrganisations, String section, List<String> areas, List<String> types,
        List<String> keywords, Integer year, LocalDate periodStart, LocalDate periodEnd, String summary,
        String problem, String goals, String solution, Resources resources, List<Result> results, String resultsText,
        String lessons, Transferability transferability, Contact contact, List<Link> links, String source,
        String fundingProject, String status, LocalDate lastVerified, Boolean demo) {

    /** The external id as it is stored, so that the file's duplicate check and the lookup see what is saved. */
    public PracticeRecord {
        externalId = PracticeService.externalKey(externalId);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Resources(BigDecimal costPln, String fundingSources, String people, String time) {
    }

    public record Result(String indicator, String before, String after, LocalDate measuredOn) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Transferability(String conditions, List<String> unitKinds, List<String> sizeCategories) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Contact(String name, String position, String email, String phone, Boolean consent,
            LocalDate lastConfirmed) {
    }

    public record Link(String title, String url) {
    }

    public List<String> partnerUnitTeryts() {
        return partnerUnitTeryts == null ? List.of() : partnerUnitTeryts;
    }

    public List<String> partnerOrganisations() {
        return partnerOrganisations == null ? List.of() : partnerOrganisations;
    }

    public List<String> areas() {
        return areas == null ? List.of() : areas;
    }

    public List<String> types() {
        return types == null ? List.of() : types;
    }

    public List<String> keywords() {
        return keywords == null ? List.of() : keywords;
    }

    public List<Result> results() {
        return results == null ? List.of() : results;
    }

    public List<Link> links() {
        return links == null ? List.of() : links;
    }
}
