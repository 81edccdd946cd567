package pl.dobrepraktyki.search.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.search.SynonymGroupView;
import pl.dobrepraktyki.search.SynonymService;
import pl.dobrepraktyki.search.SynonymValidationException;
import pl.dobrepraktyki.system.security.AccessRules;
import pl.dobrepraktyki.system.security.Roles;

/**
 * {@code /admin/synonimy}: editors list, add, change and delete the synonym groups of the search; a
 * change is used by the next search. A form with an error saves nothing; an edit or deletion based
 * on a stale version is refused (409) and shows the group as it is now.
 */
@Controller
class SynonymAdminController {

    private static final String LIST = "search/admin-synonyms";
    private static final String FORM = "search/admin-synonym-form";
    private static final String DELETE = "search/admin-synonym-delete";

    private final SynonymService synonyms;

    SynonymAdminController(SynonymService synonyms) {
        this.synonyms = synonyms;
    }

    @Bean
    static AccessRules synonymAdminAccessRules() {
        return rules -> rules.requestMatchers("/admin/synonimy", "/admin/synonimy/**")
                .hasAnyRole(Roles.EDITOR, Roles.ADMIN);
    }

    @GetMapping("/admin/synonimy")
    String list(Model model) {
        model.addAttribute("form", new SynonymGroupForm());
        return groups(model);
    }

    @PostMapping("/admin/synonimy")
    String add(@ModelAttribute("form") SynonymGroupForm form, BindingResult result, Principal principal, Model model,
            RedirectAttributes redirect) {
        try {
            synonyms.add(form.termList(), principal.getName());
        }
        catch (SynonymValidationException e) {
            reject(e, result);
            return groups(model);
        }
        redirect.addFlashAttribute("flash", "search.synonyms.added");
        return "redirect:/admin/synonimy";
    }

    private String groups(Model model) {
        model.addAttribute("groups", synonyms.groups());
        model.addAttribute("deletions", synonyms.recentDeletions());
        return LIST;
    }

    @GetMapping("/admin/synonimy/{id}")
    String editForm(@PathVariable long id, Model model) {
        SynonymGroupView group = synonyms.group(id);
        model.addAttribute("group", group);
        model.addAttribute("form", SynonymGroupForm.of(group));
        return FORM;
    }

    @PostMapping("/admin/synonimy/{id}")
    String edit(@PathVariable long id, @ModelAttribute("form") SynonymGroupForm form, BindingResult result,
            Principal principal, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (form.getVersion() == null) {
            result.reject("search.synonyms.error.version");
        }
        else {
            try {
                synonyms.update(id, form.getVersion(), form.termList(), principal.getName());
                redirect.addFlashAttribute("flash", "search.synonyms.saved");
                return "redirect:/admin/synonimy";
            }
            catch (SynonymValidationException e) {
                reject(e, result);
            }
            catch (ObjectOptimisticLockingFailureException e) {
                // what the editor typed stays in the form, now based on the current version
                SynonymGroupView current = synonyms.group(id);
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                form.setVersion(current.version());
                model.addAttribute("conflict", true);
                model.addAttribute("group", current);
                return FORM;
            }
        }
        model.addAttribute("group", synonyms.group(id));
        return FORM;
    }

    @GetMapping("/admin/synonimy/{id}/usun")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("group", synonyms.group(id));
        return DELETE;
    }

    @PostMapping("/admin/synonimy/{id}/usun")
    String delete(@PathVariable long id, @RequestParam long version, Principal principal, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            synonyms.delete(id, version, principal.getName());
        }
        catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            model.addAttribute("group", synonyms.group(id));
            return DELETE;
        }
        redirect.addFlashAttribute("flash", "search.synonyms.deleted");
        return "redirect:/admin/synonimy";
    }

    private static void reject(SynonymValidationException e, BindingResult result) {
        for (SynonymValidationException.Problem p : e.problems()) {
            result.rejectValue("terms", p.messageKey(), p.arguments().toArray(), null);
        }
    }
}
