package pl.dobrepraktyki.accounts.web;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.accounts.AccountException;
import pl.dobrepraktyki.accounts.AccountNotFoundException;
import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.accounts.AuditLog;
import pl.dobrepraktyki.accounts.PersonalDataService;
import pl.dobrepraktyki.accounts.Role;

/**
 * Administrators list accounts, change roles, disable and enable accounts, erase a person's data on
 * request (GDPR), and read the audit log.
 */
@Controller
class UserAdminController {

    private final AccountService accounts;
    private final AuditLog audit;
    private final PersonalDataService personalData;

    UserAdminController(AccountService accounts, AuditLog audit, PersonalDataService personalData) {
        this.accounts = accounts;
        this.personalData = personalData;
        this.audit = audit;
    }

    @GetMapping("/admin/uzytkownicy")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("accounts", accounts.list(q, page));
        return "admin/accounts/users";
    }

    @GetMapping("/admin/uzytkownicy/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.find(id).orElseThrow(() -> new AccountNotFoundException(id)));
        model.addAttribute("allRoles", Role.values());
        return "admin/accounts/user";
    }

    @PostMapping("/admin/uzytkownicy/{id}/role")
    String changeRoles(@PathVariable long id, @RequestParam(required = false) List<Role> roles,
            @RequestParam long version, Principal admin, Model model, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return change(id, () -> accounts.changeRoles(id, chosen, version, admin.getName()), "accounts.admin.rolesSaved",
                model, redirect);
    }

    @PostMapping("/admin/uzytkownicy/{id}/zablokuj")
    String disable(@PathVariable long id, @RequestParam long version, Principal admin, Model model,
            RedirectAttributes redirect) {
        return change(id, () -> accounts.disable(id, version, admin.getName()), "accounts.admin.disabled", model,
                redirect);
    }

    @PostMapping("/admin/uzytkownicy/{id}/odblokuj")
    String enable(@PathVariable long id, @RequestParam long version, Principal admin, Model model,
            RedirectAttributes redirect) {
        return change(id, () -> accounts.enable(id, version, admin.getName()), "accounts.admin.enabled", model,
                redirect);
    }

    /** Erases the person's data on their request (GDPR Art. 17); the administrator confirms it first. */
    @PostMapping("/admin/uzytkownicy/{id}/rodo")
    String erase(@PathVariable long id, @RequestParam(name = "potwierdzam", defaultValue = "false") boolean confirmed,
            Principal admin, Model model, RedirectAttributes redirect) {
        if (!confirmed) {
            model.addAttribute("error", "accounts.erase.confirmRequired");
            return edit(id, model);
        }
        return change(id, () -> personalData.erase(id, admin.getName()), "accounts.erase.done", model, redirect);
    }

    @PostMapping("/admin/uzytkownicy/{id}/weryfikacja-dwuetapowa/reset")
    String resetSecondFactor(@PathVariable long id, @RequestParam long version, Principal admin, Model model,
            RedirectAttributes redirect) {
        return change(id, () -> accounts.resetSecondFactor(id, version, admin.getName()),
                "accounts.admin.secondFactorReset", model, redirect);
    }

    @GetMapping("/admin/audyt")
    String audit(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("events", audit.recent(page, 100));
        return "admin/accounts/audit";
    }

    private String change(long id, Runnable change, String doneKey, Model model, RedirectAttributes redirect) {
        try {
            change.run();
        }
        catch (AccountException e) {
            model.addAttribute("error", e.messageKey());
            return edit(id, model);
        }
        redirect.addFlashAttribute("flash", doneKey);
        return "redirect:/admin/uzytkownicy/" + id;
    }
}
