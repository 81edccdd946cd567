package pl.dobrepraktyki.competition.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.catalog.AttachmentRejectedException;
import pl.dobrepraktyki.catalog.CatalogValidationException;
import pl.dobrepraktyki.catalog.FileResponses;
import pl.dobrepraktyki.catalog.FileUploads;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.competition.CompetitionException;
import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Edition;
import pl.dobrepraktyki.competition.Entry;
import pl.dobrepraktyki.competition.EntryAttachmentService;
import pl.dobrepraktyki.competition.EntryStatus;
import pl.dobrepraktyki.competition.IncompleteEntryException;

/**
 * An official's entries: start one for their unit ({@code /konkursy/{id}/zgloszenie}), save the draft
 * until the deadline, send it ({@code /konkursy/zgloszenia/{eid}/wyslij}) and follow its status
 * ({@code /konkursy/moje-zgloszenia}). A refused step shows the reason and changes nothing.
 */
@Controller
class EntryController {

    private final CompetitionService competition;
    private final CompetitionViews views;
    private final TaxonomyService taxonomies;
    private final EntryAttachmentService attachments;

    EntryController(CompetitionService competition, CompetitionViews views, TaxonomyService taxonomies,
            EntryAttachmentService attachments) {
        this.competition = competition;
        this.views = views;
        this.taxonomies = taxonomies;
        this.attachments = attachments;
    }

    @GetMapping("/konkursy/moje-zgloszenia")
    String mine(Principal principal, Model model) {
        List<Entry> entries = competition.entriesOfMyUnit(principal.getName());
        model.addAttribute("entries", entries);
        model.addAttribute("editionNames", entries.stream().map(Entry::getEditionId).distinct()
                .collect(java.util.stream.Collectors.toMap(id -> id, id -> competition.edition(id).getName())));
        return "competition/mine";
    }

    @GetMapping("/konkursy/{id}/zgloszenie")
    String newEntry(@PathVariable long id, Principal principal, Locale locale, Model model) {
        Edition edition = competition.edition(id);
        try {
            competition.requireCanApply(id, principal.getName());
        }
        catch (CompetitionException e) {
            CompetitionViews.refused(e, model);
        }
        EntryForm form = new EntryForm();
        form.ensureAnswers(edition.getQuestions().size());
        return form(edition, null, form, locale, model);
    }

    @PostMapping("/konkursy/{id}/zgloszenie")
    String create(@PathVariable long id, @ModelAttribute("form") EntryForm form, BindingResult result,
            Principal principal, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Edition edition = competition.edition(id);
        return saved(() -> competition.createEntry(id, draft(form), principal.getName()), form, result, model,
                response, redirect, () -> form(edition, null, form, locale, model), edition);
    }

    @GetMapping("/konkursy/zgloszenia/{eid}")
    String show(@PathVariable long eid, Principal principal, Locale locale, Model model) {
        Entry entry = competition.ownEntry(eid, principal.getName());
        Edition edition = competition.edition(entry.getEditionId());
        return page(edition, entry, null, locale, model);
    }

    @PostMapping("/konkursy/zgloszenia/{eid}")
    String save(@PathVariable long eid, @ModelAttribute("form") EntryForm form, BindingResult result,
            Principal principal, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Entry entry = competition.ownEntry(eid, principal.getName());
        Edition edition = competition.edition(entry.getEditionId());
        return saved(() -> competition.updateEntry(eid, draft(form), principal.getName()), form, result, model,
                response, redirect, () -> page(edition, entry, form, locale, model), edition);
    }

    /**
     * Saves the draft and goes to the entry; when it cannot be saved, the same form again (422) with the
     * problems beside the fields, or the reason the rules refused it.
     */
    private String saved(java.util.function.Supplier<Entry> save, EntryForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect, java.util.function.Supplier<String> again,
            Edition edition) {
        try {
            Entry entry = save.get();
            redirect.addFlashAttribute("flash", "competition.entry.saved");
            return "redirect:/konkursy/zgloszenia/" + entry.getId();
        }
        catch (CatalogValidationException e) {
            reject(e, result);
        }
        catch (CompetitionException e) {
            CompetitionViews.refused(e, model);
        }
        response.setStatus(422);
        form.ensureAnswers(edition.getQuestions().size());
        return again.get();
    }

    @PostMapping("/konkursy/zgloszenia/{eid}/wyslij")
    String submit(@PathVariable long eid, Principal principal, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Entry entry = competition.ownEntry(eid, principal.getName());
        try {
            competition.submitEntry(eid, principal.getName());
            redirect.addFlashAttribute("flash", "competition.entry.submitted");
            return "redirect:/konkursy/zgloszenia/" + eid;
        }
        catch (IncompleteEntryException e) {
            model.addAttribute("missing", e.missing());
            CompetitionViews.refused(e, model);
        }
        catch (CompetitionException e) {
            CompetitionViews.refused(e, model);
        }
        response.setStatus(422);
        return page(competition.edition(entry.getEditionId()), competition.ownEntry(eid, principal.getName()), null,
                locale, model);
    }

    /** The official adds a file to the draft entry (refused once sent or after the deadline). */
    @PostMapping("/konkursy/zgloszenia/{eid}/zalaczniki")
    String upload(@PathVariable long eid, @RequestParam(name = "plik", required = false) MultipartFile file,
            Principal principal, RedirectAttributes redirect) throws IOException {
        competition.ownEntry(eid, principal.getName());
        try {
            FileUploads.receive(file, (name, in) -> attachments.upload(eid, name, in, principal.getName()));
            redirect.addFlashAttribute("flash", "competition.attachment.uploaded");
        }
        catch (AttachmentRejectedException e) {
            redirect.addFlashAttribute("attachmentError", e.messageKey());
        }
        catch (CompetitionException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/konkursy/zgloszenia/" + eid + "#zalaczniki";
    }

    /** The official removes a file of the draft entry (refused once sent or after the deadline). */
    @PostMapping("/konkursy/zgloszenia/{eid}/zalaczniki/{aid}/usun")
    String deleteAttachment(@PathVariable long eid, @PathVariable long aid, Principal principal,
            RedirectAttributes redirect) {
        try {
            attachments.delete(eid, aid, principal.getName());
            redirect.addFlashAttribute("flash", "competition.attachment.deleted");
        }
        catch (CompetitionException e) {
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/konkursy/zgloszenia/" + eid + "#zalaczniki";
    }

    /** A file of an entry, for the unit's officials, the secretary and the jury members who may see the entry. */
    @GetMapping("/konkursy/zalaczniki/{aid}")
    ResponseEntity<InputStreamResource> download(@PathVariable long aid, Principal principal) throws IOException {
        EntryAttachmentService.FileDownload download = attachments.download(aid,
                principal == null ? null : principal.getName());
        return FileResponses.attachment(download.info().getFileName(), download.info().getContentType(),
                download.info().getSizeBytes(), download.content());
    }

    /** The entry page: the form while it is a draft in an open call, else the description and status. */
    private String page(Edition edition, Entry entry, EntryForm form, Locale locale, Model model) {
        boolean editable = entry.getStatus() == EntryStatus.DRAFT
                && competition.phase(edition) == pl.dobrepraktyki.competition.EditionPhase.OPEN;
        if (editable || form != null) {
            EntryForm shown = form != null ? form
                    : EntryForm.of(entry.getContent(), entry.getAnswers(), edition.getQuestions().size());
            return form(edition, entry, shown, locale, model);
        }
        views.edition(edition, locale, model);
        views.entry(entry, model);
        return "competition/entry";
    }

    private String form(Edition edition, Entry entry, EntryForm form, Locale locale, Model model) {
        views.edition(edition, locale, model);
        model.addAttribute("entry", entry);
        model.addAttribute("form", form);
        model.addAttribute("attachments", entry == null ? java.util.List.of() : attachments.attachmentsOf(entry.getId()));
        model.addAttribute("maxSizeMb", attachments.maxSize().toMegabytes());
        model.addAttribute("areas", taxonomies.terms(Taxonomy.AREA).stream()
                .filter(t -> edition.getAreas().contains(t.getCode())).toList());
        model.addAttribute("types", taxonomies.terms(Taxonomy.PRACTICE_TYPE));
        return "competition/entry-form";
    }

    private static pl.dobrepraktyki.competition.EntryDraft draft(EntryForm form) {
        try {
            return form.toDraft();
        }
        catch (NumberFormatException e) {
            throw new CatalogValidationException("costPln", "catalog.validation.cost.invalid");
        }
    }

    private static void reject(CatalogValidationException e, BindingResult result) {
        for (CatalogValidationException.Problem p : e.problems()) {
            String field = EntryForm.fieldOf(p.field());
            if (field != null) {
                result.rejectValue(field, p.messageKey());
            }
            else {
                result.reject(p.messageKey());
            }
        }
    }
}
