package pl.dobrepraktyki.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/**
 * Every part of a practice that people write, in the order of the methodology (ARCHITECTURE.md §3).
 * It is the parameter of {@link PracticeService#createDraft} and {@link PracticeService#update}, and
 * the content of each saved {@link PracticeSnapshot}. Long texts are Markdown (see {@link SafeMarkdown}).
 * Taxonomy fields hold codes ({@link TaxonomyService}); unit fields hold TERYT codes. Blank texts are
 * {@code null}, lists are never {@code null}.
 */
public record PracticeContent(
        // 1. identity
        String title, String summary, String leadUnitTeryt, List<String> partnerUnitTeryts,
        List<String> partnerOrganisations, String section, List<String> areas, List<String> types,
        List<String> keywords, Integer startYear, LocalDate startDate, LocalDate endDate, boolean ongoing,
        // 2.–4.
        String problem, String goals, String solution,
        // 5. resources
        BigDecimal costPln, String fundingSources, String people, String timeNeeded,
        // 6. results
        List<Result> results, String resultsText,
        // 7. lessons
        String lessons,
        // 8. transferability
        String transferConditions, List<UnitKind> transferUnitKinds, List<SizeCategory> transferSizeCategories,
        // 9. contact, 10. links
        Contact contact, List<Link> links,
        // 11. provenance that people choose
        String source, String fundingProject) {

    public PracticeContent {
        title = Texts.clean(title);
        summary = Texts.clean(summary);
        leadUnitTeryt = Texts.clean(leadUnitTeryt);
        partnerUnitTeryts = Texts.cleanList(partnerUnitTeryts);
        partnerOrganisations = Texts.cleanList(partnerOrganisations);
        section = Texts.clean(section);
        areas = Texts.cleanList(areas);
        types = Texts.cleanList(types);
        keywords = Texts.cleanList(keywords);
        problem = Texts.clean(problem);
        goals = Texts.clean(goals);
        solution = Texts.clean(solution);
        fundingSources = Texts.clean(fundingSources);
        people = Texts.clean(people);
        timeNeeded = Texts.clean(timeNeeded);
        results = results == null ? List.of() : results.stream().filter(r -> r != null && !r.isEmpty()).toList();
        resultsText = Texts.clean(resultsText);
        lessons = Texts.clean(lessons);
        transferConditions = Texts.clean(transferConditions);
        transferUnitKinds = transferUnitKinds == null ? List.of()
                : transferUnitKinds.stream().distinct().sorted().toList();
        transferSizeCategories = transferSizeCategories == null ? List.of()
                : transferSizeCategories.stream().distinct().sorted().toList();
        contact = contact == null ? Contact.NONE : contact;
        links = links == null ? List.of() : links.stream().filter(l -> l != null && l.url() != null).toList();
        source = Texts.clean(source);
        fundingProject = Texts.clean(fundingProject);
    }

    /** A draft that has only a title and a lead unit. */
    public static PracticeContent minimal(String title, String leadUnitTeryt) {
        return new PracticeContent(title, null, leadUnitTeryt, List.of(), List.of(), null, List.of(), List.of(),
                List.of(), null, null, null, false, null, null, null, null, null, null, null, List.of(), null, null,
                null, List.of(), List.of(), Contact.NONE, List.of(), null, null);
    }

    /** The same content with another contact (erasure of the contact person's data). */
    public PracticeContent withContact(Contact newContact) {
        return new PracticeContent(title, summary, leadUnitTeryt, partnerUnitTeryts, partnerOrganisations, section,
                areas, types, keywords, startYear, startDate, endDate, ongoing, problem, goals, solution, costPln,
                fundingSources, people, timeNeeded, results, resultsText, lessons, transferConditions,
                transferUnitKinds, transferSizeCategories, newContact, links, source, fundingProject);
    }
}
