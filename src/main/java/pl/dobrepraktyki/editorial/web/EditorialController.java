package pl.dobrepraktyki.editorial.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.catalog.AttachmentService;
import pl.dobrepraktyki.catalog.IllegalPracticeTransitionException;
import pl.dobrepraktyki.catalog.IncompletePracticeException;
import pl.dobrepraktyki.catalog.PracticeConflictException;
import pl.dobrepraktyki.catalog.PracticeNotFoundException;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeVersionInfo;
import pl.dobrepraktyki.catalog.SafeMarkdown;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.catalog.TaxonomyTerm;
import pl.dobrepraktyki.editorial.EditorialService;
import pl.dobrepraktyki.editorial.PracticeDiff;
import pl.dobrepraktyki.editorial.ReviewAction;
import pl.dobrepraktyki.editorial.internal.ReverificationJob;

/**
 * The editors' pages: the dashboard with the queues, the review of one practice with its checklist,
 * versions, log and the workflow actions, and the diff between two versions.
 */
@Controller
class EditorialController {

    private final EditorialService editorial;
    private final PracticeService practices;
    private final AttachmentService attachments;
    private final ReverificationJob reverification;
    private final MessageSource messages;
    private final SafeMarkdown markdown;
    private final AccountService accounts;
    private final TaxonomyService taxonomies;

    EditorialController(EditorialService editorial, PracticeService practices, AttachmentService attachments,
            ReverificationJob reverification, MessageSource messages, SafeMarkdown markdown,
            AccountService accounts, TaxonomyService taxonomies) {
        this.accounts = accounts;
        this.taxonomies = taxonomies;
        this.markdown = markdown;
        this.editorial = editorial;
        this.practices = practices;
        this.attachments = attachments;
        this.reverification = reverification;
        this.messages = messages;
    }

    @GetMapping("/redakcja")
    String dashboard(Model model, Principal editor) {
        model.addAttribute("queues", editorial.queues(editor.getName()));
        model.addAttribute("registrations", accounts.awaitingApproval().size());
        return "editorial/dashboard";
    }

    @PostMapping("/redakcja/weryfikacja-okresowa")
    String runReverification(RedirectAttributes redirect) {
        int marked = reverification.run();
        redirect.addFlashAttribute("flash", "editorial.reverification.done");
        redirect.addFlashAttribute("reverificationMarked", marked);
        return "redirect:/redakcja";
    }

    @GetMapping("/redakcja/praktyki/{id}")
    String review(@PathVariable long id, Model model, Principal editor) {
        return reviewPage(id, model, editor.getName());
    }

    @PostMapping("/redakcja/praktyki/{id}/zmiany")
    String requestChanges(@PathVariable long id, @ModelAttribute ReviewForm form, Model model, Principal editor,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, ReviewAction.REQUEST_CHANGES, form, model, editor, response, redirect);
    }

    @PostMapping("/redakcja/praktyki/{id}/publikuj")
    String publish(@PathVariable long id, @ModelAttribute ReviewForm form, Model model, Principal editor,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, ReviewAction.PUBLISH, form, model, editor, response, redirect);
    }

    @PostMapping("/redakcja/praktyki/{id}/odrzuc")
    String reject(@PathVariable long id, @ModelAttribute ReviewForm form, Model model, Principal editor,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, ReviewAction.REJECT, form, model, editor, response, redirect);
    }

    @PostMapping("/redakcja/praktyki/{id}/weryfikuj")
    String verify(@PathVariable long id, @ModelAttribute ReviewForm form, Model model, Principal editor,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, ReviewAction.VERIFY, form, model, editor, response, redirect);
    }

    @PostMapping("/redakcja/praktyki/{id}/archiwizuj")
    String archive(@PathVariable long id, @ModelAttribute ReviewForm form, Model model, Principal editor,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, ReviewAction.ARCHIVE, form, model, editor, response, redirect);
    }

    @GetMapping("/redakcja/praktyki/{id}/wersje")
    String diff(@PathVariable long id, @RequestParam(name = "od", required = false) Long from,
            @RequestParam(name = "do", required = false) Long to, Model model, Principal editor) {
        PracticeSnapshot current = practices.get(id, editor.getName());
        List<PracticeVersionInfo> versions = practices.versions(id);
        long newer = to != null ? to : current.version();
        Long older = from;
        if (older == null) {
            older = versions.stream().map(PracticeVersionInfo::version).filter(v -> v < newer)
                    .reduce((a, b) -> b).orElse(newer);
        }
        PracticeSnapshot before = version(id, older, current);
        PracticeSnapshot after = version(id, newer, current);
        model.addAttribute("practice", current);
        model.addAttribute("versions", versions);
        model.addAttribute("diff", PracticeDiff.between(before, after, this::label));
        return "editorial/diff";
    }

    private PracticeSnapshot version(long id, long number, PracticeSnapshot current) {
        if (number == current.version()) {
            return current;
        }
        return practices.version(id, number).orElseThrow(() -> new PracticeNotFoundException(id));
    }

    private String act(long id, ReviewAction action, ReviewForm form, Model model, Principal principal,
            HttpServletResponse response, RedirectAttributes redirect) {
        String editor = principal.getName();
        if (form.getVersion() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "version is required");
        }
        String note = form.getNote() == null ? null : form.getNote().strip();
        if (action.isNoteRequired() && (note == null || note.isEmpty())) {
            return refused(id, action, "editorial.note.required", List.of(), form, model, editor, response);
        }
        if (note != null && note.length() > ReviewForm.MAX_NOTE) {
            return refused(id, action, "editorial.note.tooLong", List.of(), form, model, editor, response);
        }
        try {
            editorial.review(id, form.getVersion(), action, note, editor);
        }
        catch (PracticeConflictException e) {
            return conflict(id, action, note, e.current(), e.expectedVersion(), model, response);
        }
        catch (ObjectOptimisticLockingFailureException e) {
            // someone saved between our version check and our save: the same conflict, found a moment later
            return conflict(id, action, note, practices.get(id, editor), form.getVersion(), model, response);
        }
        catch (IllegalPracticeTransitionException e) {
            return refused(id, action, "editorial.error.transition", List.of(), form, model, editor, response);
        }
        catch (IncompletePracticeException e) {
            return refused(id, action, "editorial.error.incomplete", e.missing(), form, model, editor, response);
        }
        redirect.addFlashAttribute("flash", "editorial.done." + action.key());
        return "redirect:/redakcja/praktyki/" + id;
    }

    /** The 409 page: the version the editor saw beside the current one; nothing was changed. */
    private String conflict(long id, ReviewAction action, String note, PracticeSnapshot current, long seenVersion,
            Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        Optional<PracticeSnapshot> seen = current.version() == seenVersion ? Optional.of(current)
                : practices.version(id, seenVersion);
        model.addAttribute("action", action);
        model.addAttribute("note", note);
        model.addAttribute("current", current);
        model.addAttribute("seen", seen.orElse(null));
        model.addAttribute("seenVersion", seenVersion);
        seen.ifPresent(s -> model.addAttribute("diff", PracticeDiff.between(s, current, this::label)));
        return "editorial/conflict";
    }

    /** The review page again, unchanged practice, with the reason the action was refused. */
    private String refused(long id, ReviewAction action, String errorKey, List<String> missing, ReviewForm form,
            Model model, String editor, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("failedAction", action);
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("errorMissing", missing);
        model.addAttribute("failedNote", form.getNote());
        return reviewPage(id, model, editor);
    }

    private String reviewPage(long id, Model model, String editor) {
        PracticeSnapshot practice = practices.get(id, editor);
        model.addAttribute("practice", practice);
        var c = practice.content();
        // Thymeleaf 3.1 refuses bean references (@safeMarkdown) in th:utext, so the page gets the HTML ready.
        model.addAttribute("html", java.util.Map.of("problem", markdown.toHtml(c.problem()), "goals",
                markdown.toHtml(c.goals()), "solution", markdown.toHtml(c.solution()), "resultsText",
                markdown.toHtml(c.resultsText()), "lessons", markdown.toHtml(c.lessons()), "transferConditions",
                markdown.toHtml(c.transferConditions())));
        model.addAttribute("sectionName", termName(Taxonomy.SECTION, c.section()));
        model.addAttribute("areaNames", c.areas().stream().map(a -> termName(Taxonomy.AREA, a)).toList());
        model.addAttribute("typeNames", c.types().stream().map(t -> termName(Taxonomy.PRACTICE_TYPE, t)).toList());
        model.addAttribute("sourceName", termName(Taxonomy.SOURCE, c.source()));
        model.addAttribute("fundingProjectName", termName(Taxonomy.FUNDING_PROJECT, c.fundingProject()));
        model.addAttribute("partnerUnitNames", c.partnerUnitTeryts().stream()
                .map(t -> practices.unitNameOf(t) + " (" + t + ")").toList());
        model.addAttribute("unitName", practices.unitNameOf(practice.content().leadUnitTeryt()));
        model.addAttribute("checklist", editorial.checklist(practice, editor));
        model.addAttribute("attachments", attachments.attachmentsOf(id, editor));
        model.addAttribute("versions", practices.versions(id));
        model.addAttribute("log", editorial.log(id));
        model.addAttribute("actions", ReviewAction.EDITOR_ACTIONS.stream()
                .filter(a -> a.isAllowedFrom(practice.status())).toList());
        return "editorial/review";
    }

    /** The name of a taxonomy entry in the page's language; the code when the entry is unknown. */
    private String termName(Taxonomy taxonomy, String code) {
        if (code == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return taxonomies.find(taxonomy, code).map((TaxonomyTerm t) -> t.name(locale)).orElse(code);
    }

    private String label(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
