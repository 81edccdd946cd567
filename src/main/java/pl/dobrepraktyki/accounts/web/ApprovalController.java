package pl.dobrepraktyki.accounts.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.accounts.IllegalAccountTransitionException;

/** Editors approve (or reject) officials who confirmed their e-mail. */
@Controller
class ApprovalController {

    private final AccountService accounts;

    ApprovalController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/redakcja/rejestracje")
    String pending(Model model) {
        model.addAttribute("pending", accounts.awaitingApproval());
        return "accounts/approvals";
    }

    @PostMapping("/redakcja/rejestracje/{id}/zatwierdz")
    String approve(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
        return decide(() -> accounts.approve(id, editor.getName()), "accounts.approvals.approved", redirect);
    }

    @PostMapping("/redakcja/rejestracje/{id}/odrzuc")
    String reject(@PathVariable long id, Principal editor, RedirectAttributes redirect) {
        return decide(() -> accounts.reject(id, editor.getName()), "accounts.approvals.rejected", redirect);
    }

    private String decide(Runnable decision, String doneKey, RedirectAttributes redirect) {
        try {
            decision.run();
            redirect.addFlashAttribute("flash", doneKey);
        }
        catch (IllegalAccountTransitionException e) {
            redirect.addFlashAttribute("flash", "accounts.approvals.alreadyDecided");
        }
        return "redirect:/redakcja/rejestracje";
    }
}
