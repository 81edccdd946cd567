package pl.dobrepraktyki.alerts.web;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import pl.dobrepraktyki.alerts.AlertService;
import pl.dobrepraktyki.alerts.SavedSearch;
import pl.dobrepraktyki.alerts.internal.UnsubscribeTokens;

/**
 * Unsubscribing from an alert without login, through the signed link in the mail: GET asks to
 * confirm, POST deletes the saved search. The POST is also the RFC 8058 one-click unsubscribe a mail client
 * sends to the address of the {@code List-Unsubscribe} header (body {@code List-Unsubscribe=One-Click}, no
 * cookies, no CSRF token: the security configuration exempts this one address). A malformed or forged link
 * is refused (400), a link of a search deleted already is not found (404), each with a page that says so.
 */
@Controller
class UnsubscribeController {

    private final AlertService alerts;
    private final UnsubscribeTokens tokens;

    UnsubscribeController(AlertService alerts, UnsubscribeTokens tokens) {
        this.alerts = alerts;
        this.tokens = tokens;
    }

    @GetMapping("/obserwowane/wypisz")
    String confirm(@RequestParam(name = "t", required = false) String token, Model model,
            HttpServletResponse response) {
        OptionalLong id = tokens.verify(token);
        if (id.isEmpty()) {
            return badLink(response, model, HttpStatus.BAD_REQUEST, "alerts.unsubscribe.forged");
        }
        SavedSearch saved = alerts.findForUnsubscribe(id.getAsLong()).orElse(null);
        if (saved == null) {
            return badLink(response, model, HttpStatus.NOT_FOUND, "alerts.unsubscribe.gone");
        }
        model.addAttribute("token", token);
        model.addAttribute("savedName", saved.getName());
        return "alerts/unsubscribe";
    }

    @PostMapping("/obserwowane/wypisz")
    String unsubscribe(@RequestParam(name = "t", required = false) String token, Model model,
            HttpServletResponse response) {
        OptionalLong id = tokens.verify(token);
        if (id.isEmpty()) {
            return badLink(response, model, HttpStatus.BAD_REQUEST, "alerts.unsubscribe.forged");
        }
        if (alerts.findForUnsubscribe(id.getAsLong()).isEmpty()) {
            return badLink(response, model, HttpStatus.NOT_FOUND, "alerts.unsubscribe.gone");
        }
        alerts.unsubscribe(id.getAsLong());
        return "redirect:/obserwowane/wypisano";
    }

    @GetMapping("/obserwowane/wypisano")
    String unsubscribed() {
        return "alerts/unsubscribed";
    }

    private static String badLink(HttpServletResponse response, Model model, HttpStatus status, String messageKey) {
        response.setStatus(status.value());
        model.addAttribute("messageKey", messageKey);
        return "alerts/bad-link";
    }
}
