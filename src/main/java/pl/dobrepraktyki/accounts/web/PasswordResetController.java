package pl.dobrepraktyki.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.accounts.AccountException;
import pl.dobrepraktyki.accounts.AccountService;

/** "Forgot password": ask for a link by e-mail, then set a new password with it. */
@Controller
class PasswordResetController {

    private final AccountService accounts;

    PasswordResetController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/haslo/reset")
    String requestForm() {
        return "accounts/reset-request";
    }

    @PostMapping("/haslo/reset")
    String request(@RequestParam(defaultValue = "") String email, Model model) {
        if (email.isBlank() || !email.contains("@") || email.length() > 254) {
            model.addAttribute("emailError", "accounts.register.email.invalid");
            model.addAttribute("email", email);
            return "accounts/reset-request";
        }
        accounts.requestPasswordReset(email);
        model.addAttribute("sent", true);
        return "accounts/reset-request";
    }

    @GetMapping("/haslo/nowe")
    String newPasswordForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", accounts.isResetTokenValid(token));
        return "accounts/reset-form";
    }

    @PostMapping("/haslo/nowe")
    String setNewPassword(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String passwordRepeat, Model model, RedirectAttributes redirect) {
        model.addAttribute("token", token);
        model.addAttribute("valid", true);
        if (!password.equals(passwordRepeat)) {
            model.addAttribute("passwordError", "accounts.password.mismatch");
            return "accounts/reset-form";
        }
        try {
            if (!accounts.resetPassword(token, password)) {
                model.addAttribute("valid", false);
                return "accounts/reset-form";
            }
        }
        catch (AccountException e) {
            model.addAttribute("passwordError", e.messageKey());
            return "accounts/reset-form";
        }
        redirect.addFlashAttribute("flash", "accounts.reset.done");
        return "redirect:/logowanie";
    }
}
