package pl.dobrepraktyki.competition.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import pl.dobrepraktyki.catalog.SafeMarkdown;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.competition.CompetitionException;
import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Edition;
import pl.dobrepraktyki.competition.EditionLogoService;
import pl.dobrepraktyki.competition.EditionSpec;
import pl.dobrepraktyki.competition.EntryAttachmentService;
import pl.dobrepraktyki.competition.Entry;

/**
 * What the competition pages share: times in Polish time ({@code ${@competitionDates.format(t)}}),
 * taxonomy names, the model of an entry's description and of a refused step.
 */
@Component("competitionDates")
class CompetitionViews {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(EditionSpec.ZONE);

    private final TaxonomyService taxonomies;
    private final CompetitionService competition;
    private final SafeMarkdown markdown;
    private final EntryAttachmentService attachments;
    private final EditionLogoService logos;

    CompetitionViews(TaxonomyService taxonomies, CompetitionService competition, SafeMarkdown markdown,
            EntryAttachmentService attachments, EditionLogoService logos) {
        this.attachments = attachments;
        this.logos = logos;
        this.taxonomies = taxonomies;
        this.competition = competition;
        this.markdown = markdown;
    }

    /** A moment as Polish local time, e.g. {@code 08.04.2026 23:59}. */
    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** Taxonomy name by taxonomy ({@code SECTION}, {@code AREA}, …) and code, in the page's language. */
    Map<String, Map<String, String>> names(Locale locale) {
        return taxonomies.namesByCode(locale);
    }

    /** The edition, its phase and the taxonomy names, for every page about an edition. */
    void edition(Edition edition, Locale locale, Model model) {
        model.addAttribute("edition", edition);
        model.addAttribute("phase", competition.phase(edition));
        model.addAttribute("logos", logos.logosOf(edition.getId()));
        model.addAttribute("names", names(locale));
        model.addAttribute("funding", taxonomies.find(Taxonomy.FUNDING_PROJECT, edition.getFundingProjectCode())
                .orElse(null));
    }

    /** An entry's description for reading (the secretary, the jury, the unit after sending). */
    void entry(Entry entry, Model model) {
        PracticeContent c = entry.getContent();
        model.addAttribute("entry", entry);
        model.addAttribute("c", c);
        model.addAttribute("unitName", competition.unitName(entry.getUnitTeryt()));
        model.addAttribute("attachments", attachments.attachmentsOf(entry.getId()));
        // Thymeleaf 3.1 refuses bean references in th:utext, so the page gets the HTML ready.
        Map<String, String> html = new LinkedHashMap<>();
        html.put("problem", markdown.toHtml(c.problem()));
        html.put("goals", markdown.toHtml(c.goals()));
        html.put("solution", markdown.toHtml(c.solution()));
        html.put("lessons", markdown.toHtml(c.lessons()));
        html.put("transferConditions", markdown.toHtml(c.transferConditions()));
        model.addAttribute("html", html);
    }

    /** A step the rules refused: the reason for the page (422). */
    static void refused(CompetitionException e, Model model) {
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.arguments());
    }
}
