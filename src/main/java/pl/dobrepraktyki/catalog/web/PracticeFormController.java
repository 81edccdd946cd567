package pl.dobrepraktyki.catalog.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.catalog.AttachmentService;
import pl.dobrepraktyki.catalog.CatalogValidationException;
import pl.dobrepraktyki.catalog.IllegalPracticeTransitionException;
import pl.dobrepraktyki.catalog.IncompletePracticeException;
import pl.dobrepraktyki.catalog.PracticeConflictException;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.PracticeNotFoundException;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

import static pl.dobrepraktyki.catalog.web.PracticeController.actor;

/**
 * Officials write their unit's practices: a new draft ({@code /praktyki/nowa}), edits with
 * optimistic locking ({@code /praktyki/{id}/edycja}; a stale edit shows both versions on the 409
 * page and loses nothing) and sending to the editors ({@code /praktyki/{id}/wyslij}).
 */
@Controller
class PracticeFormController {

    /** Form properties a service problem can be shown beside; others are shown at the top. */
    private static final Set<String> FIELDS = Set.of("title", "summary", "partnerUnitTeryts", "partnerOrganisations",
            "section", "areas", "types", "keywords", "startYear", "startDate", "endDate", "source", "fundingProject",
            "problem", "goals", "solution", "costPln", "fundingSources", "people", "timeNeeded", "resultsText",
            "lessons", "transferConditions", "contactName", "contactPosition", "contactEmail", "contactPhone");

    private final PracticeService practices;
    private final AttachmentService attachments;
    private final CatalogViews views;

    PracticeFormController(PracticeService practices, AttachmentService attachments, CatalogViews views) {
        this.practices = practices;
        this.attachments = attachments;
        this.views = views;
    }

    @GetMapping("/praktyki/nowa")
    String newForm(Principal principal, Model model) {
        String unit = ownUnit(actor(principal));
        model.addAttribute("form", PracticeForm.empty());
        return form(null, unit, model);
    }

    @PostMapping("/praktyki/nowa")
    String create(@ModelAttribute("form") PracticeForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        String actor = actor(principal);
        String unit = ownUnit(actor);
        PracticeContent content = content(form, result, unit);
        if (content != null) {
            try {
                PracticeSnapshot saved = practices.createDraft(content, actor);
                redirect.addFlashAttribute("flash", "catalog.form.saved");
                return "redirect:/praktyki/" + saved.practiceId() + "/edycja";
            }
            catch (CatalogValidationException e) {
                reject(e, form, result);
            }
        }
        form.padRows();
        return form(null, unit, model);
    }

    @GetMapping("/praktyki/{id}/edycja")
    String editForm(@PathVariable long id, @RequestParam(name = "zalacznik", required = false) String upload,
            Principal principal, Model model) {
        String actor = actor(principal);
        PracticeSnapshot practice = editable(id, actor);
        if (UploadSizeFilter.TOO_LARGE.equals(upload)) {
            model.addAttribute("attachmentError", "catalog.attachment.tooLarge");
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PracticeForm.of(practice.content(), practice.version()));
        }
        return edit(practice, actor, model);
    }

    @PostMapping("/praktyki/{id}/edycja")
    String update(@PathVariable long id, @ModelAttribute("form") PracticeForm form, BindingResult result,
            Principal principal, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        String actor = actor(principal);
        PracticeSnapshot practice = editable(id, actor);
        String view = save(practice, form, result, actor, locale, model, response);
        if (view != null) {
            return view;
        }
        redirect.addFlashAttribute("flash", "catalog.form.saved");
        return "redirect:/praktyki/" + id + "/edycja";
    }

    /**
     * Sends the practice to the editors. From the edit form it first saves what was typed (the form
     * carries {@code version}); from a list it only sends.
     */
    @PostMapping("/praktyki/{id}/wyslij")
    String submit(@PathVariable long id, @ModelAttribute("form") PracticeForm form, BindingResult result,
            Principal principal, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        String actor = actor(principal);
        PracticeSnapshot practice = editable(id, actor);
        if (form.getVersion() != null) {
            String view = save(practice, form, result, actor, locale, model, response);
            if (view != null) {
                return view;
            }
        }
        try {
            practices.submit(id, actor);
        }
        catch (IncompletePracticeException e) {
            PracticeSnapshot current = practices.get(id, actor);
            model.addAttribute("form", PracticeForm.of(current.content(), current.version()));
            model.addAttribute("missing", e.missing());
            return edit(current, actor, model);
        }
        catch (IllegalPracticeTransitionException e) {
            redirect.addFlashAttribute("flash", "catalog.transition.refused");
            return "redirect:/praktyki/" + id;
        }
        redirect.addFlashAttribute("flash", "catalog.form.submitted");
        return "redirect:/praktyki/" + id;
    }

    /** Saves an edit; the view to show when it could not be saved, {@code null} when it was. */
    private String save(PracticeSnapshot practice, PracticeForm form, BindingResult result, String actor,
            Locale locale, Model model, HttpServletResponse response) {
        long id = practice.practiceId();
        PracticeContent content = content(form, result, practice.content().leadUnitTeryt());
        if (content != null && form.getVersion() == null) {
            result.reject("catalog.form.version.missing");
            content = null;
        }
        if (content != null) {
            try {
                practices.update(id, form.getVersion(), content, actor);
                return null;
            }
            catch (CatalogValidationException e) {
                reject(e, form, result);
            }
            catch (PracticeConflictException e) {
                return conflict(e.current(), form, actor, locale, model, response);
            }
            catch (ObjectOptimisticLockingFailureException e) {
                return conflict(practices.get(id, actor), form, actor, locale, model, response);
            }
        }
        form.padRows();
        return edit(practice, actor, model);
    }

    /**
     * The 409 page: what the person typed beside what is saved now, and the form with their text
     * based on the current version, so that saving again is a deliberate choice.
     */
    private String conflict(PracticeSnapshot current, PracticeForm typed, String actor, Locale locale, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        typed.padRows();
        PracticeForm saved = PracticeForm.of(current.content(), current.version());
        Long staleVersion = typed.getVersion();
        typed.setVersion(current.version());
        model.addAttribute("current", current);
        model.addAttribute("saved", saved);
        model.addAttribute("staleVersion", staleVersion);
        model.addAttribute("zone", MyPracticesController.ZONE);
        model.addAttribute("names", views.names(locale));
        model.addAttribute("savedByUnit", views.unitName(current.content().leadUnitTeryt()));
        return edit(current, actor, model);
    }

    private String edit(PracticeSnapshot practice, String actor, Model model) {
        model.addAttribute("practice", practice);
        model.addAttribute("attachments", attachments.attachmentsOf(practice.practiceId(), actor));
        model.addAttribute("maxSize", attachments.maxSize().toMegabytes());
        return form(practice.practiceId(), practice.content().leadUnitTeryt(), model);
    }

    private String form(Long id, String unit, Model model) {
        model.addAttribute("practiceId", id);
        model.addAttribute("unitTeryt", unit);
        model.addAttribute("unitName", views.unitName(unit));
        model.addAttribute("sections", views.terms(Taxonomy.SECTION));
        model.addAttribute("areas", views.terms(Taxonomy.AREA));
        model.addAttribute("types", views.terms(Taxonomy.PRACTICE_TYPE));
        model.addAttribute("sources", views.terms(Taxonomy.SOURCE));
        model.addAttribute("fundingProjects", views.terms(Taxonomy.FUNDING_PROJECT));
        model.addAttribute("unitKinds", UnitKind.values());
        model.addAttribute("sizeCategories", SizeCategory.values());
        return model.containsAttribute("current") ? "catalog/conflict" : "catalog/form";
    }

    /** The content to save, or {@code null} when the form itself has errors (they are in {@code result}). */
    private static PracticeContent content(PracticeForm form, BindingResult result, String leadUnit) {
        BigDecimal cost = null;
        try {
            cost = form.cost();
        }
        catch (NumberFormatException e) {
            if (!result.hasFieldErrors("costPln")) {
                result.rejectValue("costPln", "catalog.validation.cost.invalid");
            }
        }
        for (int i = 0; i < form.getLinks().size(); i++) {
            PracticeForm.LinkRow link = form.getLinks().get(i);
            if (!link.isEmpty() && (link.getUrl() == null || link.getUrl().isBlank())) {
                result.rejectValue("links[" + i + "].url", "catalog.validation.link.invalid");
            }
        }
        return result.hasErrors() ? null : form.toContent(leadUnit, cost);
    }

    /** Shows the service's problems beside the fields (result and link rows by their row in the form). */
    private static void reject(CatalogValidationException e, PracticeForm form, BindingResult result) {
        List<Integer> resultRows = form.resultRowIndexes();
        List<Integer> linkRows = form.linkRowIndexes();
        for (CatalogValidationException.Problem p : e.problems()) {
            String field = p.field();
            var row = java.util.regex.Pattern.compile("(results|links)\\[(\\d+)](\\..+)").matcher(field);
            if (row.matches()) {
                List<Integer> rows = row.group(1).equals("results") ? resultRows : linkRows;
                int index = Integer.parseInt(row.group(2));
                if (index < rows.size()) {
                    result.rejectValue(row.group(1) + "[" + rows.get(index) + "]" + row.group(3), p.messageKey());
                    continue;
                }
            }
            if (FIELDS.contains(field)) {
                result.rejectValue(field, p.messageKey());
            }
            else {
                result.reject(p.messageKey());
            }
        }
    }

    private PracticeSnapshot editable(long id, String actor) {
        PracticeSnapshot practice = practices.find(id, actor).orElseThrow(() -> new PracticeNotFoundException(id));
        if (!practices.canEdit(id, actor)) {
            throw new AccessDeniedException("practice " + id + " is not editable by " + actor);
        }
        return practice;
    }

    private String ownUnit(String actor) {
        return practices.unitOf(actor)
                .orElseThrow(() -> new AccessDeniedException(actor + " has no unit to write practices for"));
    }
}
