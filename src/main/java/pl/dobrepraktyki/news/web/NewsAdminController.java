package pl.dobrepraktyki.news.web;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import pl.dobrepraktyki.catalog.FileUploads;
import pl.dobrepraktyki.news.ArticleConflictException;
import pl.dobrepraktyki.news.ArticleKind;
import pl.dobrepraktyki.news.ArticleStatus;
import pl.dobrepraktyki.news.ArticleValidationException;
import pl.dobrepraktyki.news.ArticleView;
import pl.dobrepraktyki.news.IllegalArticleTransitionException;
import pl.dobrepraktyki.news.NewsService;

/**
 * The editors' desk: every article with its status (filtered by kind and status), the form of a new article
 * and of an edit (a stale edit answers 409 with the editor's text kept), publish, withdraw, versions and the
 * files of a publication.
 */
@Controller
class NewsAdminController {

    private static final String REDIRECT = "redirect:/redakcja/tresci/";

    private final NewsService news;

    NewsAdminController(NewsService news) {
        this.news = news;
    }

    @GetMapping("/redakcja/tresci")
    String list(@RequestParam(name = "rodzaj", required = false) String kind,
            @RequestParam(name = "status", required = false) String status, Model model) {
        ArticleKind k = parse(ArticleKind.class, kind);
        ArticleStatus s = parse(ArticleStatus.class, status);
        model.addAttribute("articles", news.all(k, s));
        model.addAttribute("kinds", ArticleKind.values());
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("selectedKind", k);
        model.addAttribute("selectedStatus", s);
        return "news/admin-list";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GetMapping("/redakcja/tresci/nowa")
    String newForm(@RequestParam(name = "rodzaj", required = false) String kind, Model model) {
        ArticleForm form = new ArticleForm();
        ArticleKind k = parse(ArticleKind.class, kind);
        form.setKind(k == null ? ArticleKind.NEWS : k);
        model.addAttribute("form", form);
        return form(null, model);
    }

    @PostMapping("/redakcja/tresci/nowa")
    String create(@ModelAttribute("form") ArticleForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        if (form.getKind() == null) {
            form.setKind(ArticleKind.NEWS);
        }
        try {
            ArticleView created = news.create(form.getKind(), form.content(), principal.getName());
            redirect.addFlashAttribute("flash", "news.flash.created");
            return REDIRECT + created.id();
        }
        catch (ArticleValidationException e) {
            reject(e, result);
            return form(null, model);
        }
    }

    @GetMapping("/redakcja/tresci/{id}")
    String edit(@PathVariable long id, Model model) {
        ArticleView article = news.forEditor(id);
        model.addAttribute("form", ArticleForm.of(article));
        return form(article, model);
    }

    @PostMapping("/redakcja/tresci/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ArticleForm form, BindingResult result,
            Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ArticleView article = news.forEditor(id);
        form.setKind(article.kind());
        if (form.getVersion() == null) {
            return conflict(article, form, model, response);
        }
        try {
            news.update(id, form.getVersion(), form.content(), principal.getName());
            redirect.addFlashAttribute("flash", "news.flash.saved");
            return REDIRECT + id;
        }
        catch (ArticleValidationException e) {
            reject(e, result);
            return form(article, model);
        }
        catch (ArticleConflictException e) {
            return conflict(e.current(), form, model, response);
        }
        catch (ObjectOptimisticLockingFailureException e) {
            return conflict(news.forEditor(id), form, model, response);
        }
    }

    /** The 409 page: the editor's text beside the saved one, and the form with their text on the current version. */
    private String conflict(ArticleView current, ArticleForm typed, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("staleVersion", typed.getVersion());
        typed.setVersion(current.version());
        model.addAttribute("current", current);
        model.addAttribute("saved", ArticleForm.of(current));
        model.addAttribute("form", typed);
        return "news/conflict";
    }

    @PostMapping("/redakcja/tresci/{id}/publikuj")
    String publish(@PathVariable long id, @RequestParam(name = "version", required = false) Long version,
            Principal principal, RedirectAttributes redirect, Model model, HttpServletResponse response) {
        return transition(id, version, true, principal, redirect, model, response);
    }

    @PostMapping("/redakcja/tresci/{id}/wycofaj")
    String withdraw(@PathVariable long id, @RequestParam(name = "version", required = false) Long version,
            Principal principal, RedirectAttributes redirect, Model model, HttpServletResponse response) {
        return transition(id, version, false, principal, redirect, model, response);
    }

    private String transition(long id, Long version, boolean publish, Principal principal,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        ArticleView article = news.forEditor(id);
        try {
            if (version == null) {
                throw new ArticleConflictException(article);
            }
            if (publish) {
                news.publish(id, version, principal.getName());
            }
            else {
                news.withdraw(id, version, principal.getName());
            }
            redirect.addFlashAttribute("flash", publish ? "news.flash.published" : "news.flash.withdrawn");
        }
        catch (ArticleConflictException | ObjectOptimisticLockingFailureException e) {
            ArticleView current = news.forEditor(id);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("staleVersion", version);
            model.addAttribute("current", current);
            model.addAttribute("saved", ArticleForm.of(current));
            return "news/conflict";
        }
        catch (IllegalArticleTransitionException e) {
            redirect.addFlashAttribute("flash", "news.flash.transitionRefused");
        }
        return REDIRECT + id;
    }

    @GetMapping("/redakcja/tresci/{id}/wersje")
    String versions(@PathVariable long id, Model model) {
        model.addAttribute("article", news.forEditor(id));
        model.addAttribute("versions", news.versions(id));
        return "news/versions";
    }

    @GetMapping("/redakcja/tresci/{id}/wersje/{number}")
    String version(@PathVariable long id, @PathVariable long number, Model model) {
        model.addAttribute("article", news.forEditor(id));
        model.addAttribute("version", news.version(id, number));
        return "news/version";
    }

    @PostMapping("/redakcja/tresci/{id}/pliki")
    String upload(@PathVariable long id, @RequestParam(name = "plik", required = false) MultipartFile file,
            Principal principal, RedirectAttributes redirect) throws IOException {
        news.forEditor(id);
        try {
            FileUploads.receive(file, (name, in) -> news.addFile(id, name, in, principal.getName()));
            redirect.addFlashAttribute("flash", "news.flash.fileAdded");
        }
        catch (AttachmentRejectedException e) {
            redirect.addFlashAttribute("fileError", e.messageKey());
        }
        return REDIRECT + id + "#pliki";
    }

    @PostMapping("/redakcja/tresci/{id}/pliki/{fileId}/usun")
    String deleteFile(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        news.deleteFile(id, fileId);
        redirect.addFlashAttribute("flash", "news.flash.fileDeleted");
        return REDIRECT + id + "#pliki";
    }

    private String form(ArticleView article, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("kinds", ArticleKind.values());
        model.addAttribute("maxSize", news.maxFileMegabytes());
        return "news/form";
    }

    private static void reject(ArticleValidationException e, BindingResult result) {
        e.problems().forEach((field, problem) -> result.rejectValue(field, problem.key(),
                problem.argument() == null ? new Object[0] : new Object[] { problem.argument() }, null));
    }
}
