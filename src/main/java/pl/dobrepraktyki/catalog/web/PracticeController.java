package pl.dobrepraktyki.catalog.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import pl.dobrepraktyki.catalog.AdoptionKind;
import pl.dobrepraktyki.catalog.AttachmentService;
import pl.dobrepraktyki.catalog.CatalogValidationException;
import pl.dobrepraktyki.catalog.PracticeNotFoundException;
import pl.dobrepraktyki.catalog.PracticePageSection;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.catalog.PracticeSummary;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.system.seo.PageMeta;

/**
 * Public practice pages: {@code /praktyki} lists published practices (pages {@code strona} from 1,
 * section {@code dzial}); {@code /praktyki/{id}} shows one practice in the methodology's order, and
 * officials of other units record there that their unit adopted it.
 */
@Controller
class PracticeController {

    static final int PAGE_SIZE = 20;

    private final PracticeService practices;
    private final AttachmentService attachments;
    private final CatalogViews views;
    private final List<PracticePageSection> sections;
    private final PracticePdf pdf;

    PracticeController(PracticeService practices, AttachmentService attachments, CatalogViews views,
            ObjectProvider<PracticePageSection> sections, PracticePdf pdf) {
        this.pdf = pdf;
        this.practices = practices;
        this.attachments = attachments;
        this.views = views;
        this.sections = sections.orderedStream().toList();
    }

    /** A part of the practice page another module contributes: the fragment and what it reads. */
    record SectionView(String template, Map<String, Object> model) {
    }

    @GetMapping("/praktyki")
    String list(@RequestParam(name = "dzial", required = false) String section,
            @RequestParam(name = "strona", defaultValue = "1") String pageParam,
            @RequestParam(name = "q", required = false) String query,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
            HttpServletResponse response) {
        if (query != null && !query.isBlank()) {
            // words are searched by the search page (full text, facets); the section stays as a filter
            return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/szukaj")
                    .queryParam("q", query.strip()).queryParamIfPresent("dzial", java.util.Optional.ofNullable(
                            section == null || section.isBlank() ? null : section.strip()))
                    .encode().build().toUriString();
        }
        String code = section == null || section.isBlank() ? null : section.strip();
        model.addAttribute("names", views.names(locale));
        model.addAttribute("sections", views.terms(Taxonomy.SECTION));
        if (code != null && !views.sectionExists(code)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("messageKey", "catalog.list.section.unknown");
            return "catalog/bad-request";
        }
        int page;
        try {
            page = Math.max(1, Integer.parseInt(pageParam.strip()));
        }
        catch (NumberFormatException e) {
            page = 1;
        }
        Page<PracticeSummary> results = practices.published(code, PageRequest.of(page - 1, PAGE_SIZE,
                Sort.by(Sort.Order.desc("lastVerified"), Sort.Order.asc("id"))));
        model.addAttribute("section", code);
        model.addAttribute("results", results);
        return htmx != null ? "catalog/list :: results" : "catalog/list";
    }

    @GetMapping("/praktyki/{id}")
    String show(@PathVariable long id, Principal principal, Locale locale, Model model) {
        String actor = actor(principal);
        PracticeSnapshot practice = practices.find(id, actor).orElseThrow(() -> new PracticeNotFoundException(id));
        fill(practice, actor, locale, model);
        if (!model.containsAttribute("adoption")) {
            model.addAttribute("adoption", new AdoptionForm());
        }
        return "catalog/practice";
    }

    /**
     * The practice as a tagged PDF with embedded fonts, from the same values as the page (so a contact person
     * who withdrew consent is not in it); 404 for whoever may not see the practice.
     */
    @GetMapping("/praktyki/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Principal principal, Locale locale) {
        String actor = actor(principal);
        PracticeSnapshot practice = practices.find(id, actor).orElseThrow(() -> new PracticeNotFoundException(id));
        ExtendedModelMap model = new ExtendedModelMap();
        fill(practice, actor, locale, model);
        String pageUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/praktyki/{id}").buildAndExpand(id)
                .toUriString();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("praktyka-" + id + ".pdf")
                        .build().toString())
                .body(pdf.render(model, pageUrl, locale));
    }

    @PostMapping("/praktyki/{id}/przejecia")
    String adopt(@PathVariable long id, @ModelAttribute("adoption") AdoptionForm form, BindingResult result,
            Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
        String actor = actor(principal);
        PracticeSnapshot practice = practices.find(id, actor).orElseThrow(() -> new PracticeNotFoundException(id));
        if (!result.hasErrors()) {
            try {
                practices.recordAdoption(id, form.toRequest(), actor);
                redirect.addFlashAttribute("flash", "catalog.adoption.saved");
                return "redirect:/praktyki/" + id + "#przejecia";
            }
            catch (CatalogValidationException e) {
                for (CatalogValidationException.Problem p : e.problems()) {
                    result.rejectValue(p.field(), p.messageKey());
                }
            }
        }
        fill(practice, actor, locale, model);
        model.addAttribute("canAdopt", true);
        return "catalog/practice";
    }

    private void fill(PracticeSnapshot practice, String actor, Locale locale, Model model) {
        long id = practice.practiceId();
        var content = practice.content();
        model.addAttribute("practice", practice);
        model.addAttribute("c", content);
        model.addAttribute("names", views.names(locale));
        List<String> teryts = new ArrayList<>();
        teryts.add(content.leadUnitTeryt());
        teryts.addAll(content.partnerUnitTeryts());
        model.addAttribute("unitNames", views.unitNames(teryts));
        model.addAttribute("funding", views.term(Taxonomy.FUNDING_PROJECT, content.fundingProject()));
        model.addAttribute("attachments", attachments.attachmentsOf(id, actor));
        model.addAttribute("adoptions", practices.adoptionsOf(id));
        model.addAttribute("canEdit", practices.canEdit(id, actor));
        model.addAttribute("canAdopt", practices.canAdopt(id, actor));
        model.addAttribute("adoptionKinds", AdoptionKind.values());
        List<SectionView> contributed = new ArrayList<>();
        for (PracticePageSection section : sections) {
            Map<String, Object> values = section.model(practice, actor);
            if (!values.isEmpty()) {
                contributed.add(new SectionView(section.template(), values));
            }
        }
        model.addAttribute("sections", contributed);
        if (practice.status() == PracticeStatus.PUBLISHED) {
            model.addAttribute(PageMeta.ATTRIBUTE, pageMeta(practice, views.unitName(content.leadUnitTeryt())));
        }
    }

    /**
     * Link previews (Open Graph) and schema.org JSON-LD of a published practice: a {@code CreativeWork} by the
     * unit as a {@code GovernmentOrganization} named by its TERYT code, under CC BY 4.0.
     */
    static PageMeta pageMeta(PracticeSnapshot practice, String unitName) {
        var c = practice.content();
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("@type", "GovernmentOrganization");
        unit.put("name", unitName);
        unit.put("identifier", Map.of("@type", "PropertyValue", "propertyID", "TERYT", "value", c.leadUnitTeryt()));
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        work.put("name", c.title());
        work.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/praktyki/{id}")
                .buildAndExpand(practice.practiceId()).toUriString());
        work.put("description", c.summary());
        work.put("inLanguage", "pl");
        work.put("author", unit);
        work.put("keywords", String.join(", ", c.keywords()));
        if (c.startYear() != null) {
            work.put("temporalCoverage", c.startYear() + "/..");
        }
        if (practice.lastVerified() != null) {
            work.put("dateModified", practice.lastVerified().toString());
        }
        work.put("license", "https://creativecommons.org/licenses/by/4.0/");
        work.put("publisher", Map.of("@type", "Organization", "name", "Baza Dobrych Praktyk"));
        return new PageMeta(c.title(), c.summary() == null ? c.title() : c.summary(), "article", work);
    }

    static String actor(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
