package pl.dobrepraktyki.newsletter.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.newsletter.NewsletterService;

/**
 * {@code /tygodnik}: sign-up (double opt-in), confirmation and one-click leaving. A link from a mail only
 * shows a button (GET); the change is the POST, so that mail scanners that open links change nothing. The
 * POST of {@code /tygodnik/wypisz} is also what RFC 8058 mail clients send, without a CSRF token.
 */
@Controller
class NewsletterController {

    private final NewsletterService newsletter;

    NewsletterController(NewsletterService newsletter) {
        this.newsletter = newsletter;
    }

    @ModelAttribute("form")
    SubscribeForm form() {
        return new SubscribeForm();
    }

    @GetMapping("/tygodnik")
    String page() {
        return "newsletter/subscribe";
    }

    @PostMapping("/tygodnik")
    String subscribe(@Valid @ModelAttribute("form") SubscribeForm form, BindingResult errors, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "newsletter/subscribe";
        }
        newsletter.subscribe(form.getEmail(), locale);
        redirect.addFlashAttribute("flash", "newsletter.subscribe.sent");
        return "redirect:/tygodnik";
    }

    @GetMapping("/tygodnik/potwierdz")
    String confirmPage(@RequestParam(name = "t", required = false) String token, Model model,
            HttpServletResponse response) {
        if (!newsletter.isValidConfirmation(token)) {
            return invalidLink(response);
        }
        model.addAttribute("token", token);
        return "newsletter/confirm";
    }

    @PostMapping("/tygodnik/potwierdz")
    String confirm(@RequestParam(name = "t", required = false) String token, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!newsletter.confirm(token)) {
            return invalidLink(response);
        }
        redirect.addFlashAttribute("flash", "newsletter.confirm.done");
        return "redirect:/tygodnik";
    }

    private static String invalidLink(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "newsletter/invalid-link";
    }

    @GetMapping("/tygodnik/wypisz")
    String unsubscribePage(@RequestParam(name = "t", required = false) String token, Model model) {
        model.addAttribute("token", token);
        return "newsletter/unsubscribe";
    }

    /** One click (RFC 8058): the token in the address, no CSRF token, the answer the same for any token. */
    @PostMapping("/tygodnik/wypisz")
    String unsubscribe(@RequestParam(name = "t", required = false) String token, Model model) {
        newsletter.unsubscribe(token);
        model.addAttribute("done", true);
        return "newsletter/unsubscribe";
    }

    @GetMapping("/konto/tygodnik")
    String account(Principal principal, Model model) {
        model.addAttribute("subscribed", newsletter.isSubscribed(principal.getName()));
        model.addAttribute("email", principal.getName());
        return "newsletter/account";
    }

    @PostMapping("/konto/tygodnik/zapisz")
    String subscribeAccount(Principal principal, RedirectAttributes redirect) {
        newsletter.subscribeAccount(principal.getName());
        redirect.addFlashAttribute("flash", "newsletter.account.subscribed");
        return "redirect:/konto/tygodnik";
    }

    @PostMapping("/konto/tygodnik/wypisz")
    String unsubscribeAccount(Principal principal, RedirectAttributes redirect) {
        newsletter.unsubscribeAccount(principal.getName());
        redirect.addFlashAttribute("flash", "newsletter.account.unsubscribed");
        return "redirect:/konto/tygodnik";
    }
}
