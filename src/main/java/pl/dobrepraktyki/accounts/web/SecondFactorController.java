package pl.dobrepraktyki.accounts.web;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import pl.dobrepraktyki.accounts.SecondFactorService;
import pl.dobrepraktyki.accounts.internal.SecondFactorLogin;

/**
 * The second factor: the code asked after a correct password, the enrolment of an authenticator app
 * (at the first login of an editor, jury member, moderator or administrator, or when an official
 * chooses it on "my account"), and the recovery codes shown once after enrolment.
 */
@Controller
class SecondFactorController {

    private static final String SECRET = SecondFactorController.class.getName() + ".SECRET";

    private final SecondFactorService secondFactor;
    private final SecondFactorLogin login;

    SecondFactorController(SecondFactorService secondFactor, SecondFactorLogin login) {
        this.secondFactor = secondFactor;
        this.login = login;
    }

    @GetMapping(SecondFactorLogin.CODE_PAGE)
    String codeForm(HttpServletRequest request) {
        return login.pendingEmail(request).isPresent() ? "accounts/second-factor" : "redirect:/logowanie?wygaslo";
    }

    @PostMapping(SecondFactorLogin.CODE_PAGE)
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<String> email = login.pendingEmail(request);
        if (email.isEmpty()) {
            return "redirect:/logowanie?wygaslo";
        }
        SecondFactorService.Verification result = secondFactor.verify(email.get(), code);
        switch (result) {
            case ACCEPTED, RECOVERY_CODE_ACCEPTED -> {
                String how = result == SecondFactorService.Verification.ACCEPTED ? "code" : "recovery code";
                return login.complete(request, response, how).map(to -> "redirect:" + to)
                        .orElse("redirect:/logowanie?nieaktywne");
            }
            case PAUSED -> {
                login.abandon(request);
                return "redirect:/logowanie?zablokowane";
            }
            default -> {
                model.addAttribute("error", "accounts.secondFactor.wrongCode");
                return "accounts/second-factor";
            }
        }
    }

    /** Enrolment during a login: the person passed the password but has no second factor yet. */
    @GetMapping(SecondFactorLogin.ENROLMENT_PAGE)
    String enrolAtLogin(HttpServletRequest request, Model model) {
        Optional<String> email = login.pendingEmail(request);
        if (email.isEmpty() || secondFactor.isEnrolled(email.get())) {
            return "redirect:/logowanie?wygaslo";
        }
        return enrolmentForm(email.get(), SecondFactorLogin.ENROLMENT_PAGE, request.getSession(), model);
    }

    @PostMapping(SecondFactorLogin.ENROLMENT_PAGE)
    String confirmAtLogin(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<String> email = login.pendingEmail(request);
        if (email.isEmpty() || secondFactor.isEnrolled(email.get())) {
            return "redirect:/logowanie?wygaslo";
        }
        Optional<List<String>> codes = confirm(email.get(), code, request.getSession());
        if (codes.isEmpty()) {
            model.addAttribute("error", "accounts.secondFactor.wrongCode");
            return enrolmentForm(email.get(), SecondFactorLogin.ENROLMENT_PAGE, request.getSession(), model);
        }
        Optional<String> next = login.complete(request, response, "enrolled");
        if (next.isEmpty()) {
            return "redirect:/logowanie?nieaktywne";
        }
        return recoveryCodes(codes.get(), next.get(), model);
    }

    /** "My account": the state of the second factor, and its enrolment for those who have none. */
    @GetMapping("/konto/weryfikacja-dwuetapowa")
    String enrolSignedIn(Principal principal, HttpSession session, Model model) {
        if (secondFactor.isEnrolled(principal.getName())) {
            model.addAttribute("recoveryCodesLeft", secondFactor.remainingRecoveryCodes(principal.getName()));
            return "accounts/second-factor-state";
        }
        return enrolmentForm(principal.getName(), "/konto/weryfikacja-dwuetapowa", session, model);
    }

    @PostMapping("/konto/weryfikacja-dwuetapowa")
    String confirmSignedIn(@RequestParam(defaultValue = "") String code, Principal principal, HttpSession session,
            Model model) {
        if (secondFactor.isEnrolled(principal.getName())) {
            return "redirect:/konto/weryfikacja-dwuetapowa";
        }
        Optional<List<String>> codes = confirm(principal.getName(), code, session);
        if (codes.isEmpty()) {
            model.addAttribute("error", "accounts.secondFactor.wrongCode");
            return enrolmentForm(principal.getName(), "/konto/weryfikacja-dwuetapowa", session, model);
        }
        return recoveryCodes(codes.get(), "/konto", model);
    }

    /** The secret stays in the session until the first code confirms it, so a reload shows the same QR code. */
    private String enrolmentForm(String email, String action, HttpSession session, Model model) {
        String secret = session.getAttribute(SECRET) instanceof String kept ? kept : secondFactor.newSecret();
        session.setAttribute(SECRET, secret);
        model.addAttribute("enrolment", secondFactor.enrolment(email, secret));
        model.addAttribute("action", action);
        return "accounts/second-factor-enrol";
    }

    private Optional<List<String>> confirm(String email, String code, HttpSession session) {
        if (!(session.getAttribute(SECRET) instanceof String secret)) {
            return Optional.empty();
        }
        Optional<List<String>> codes = secondFactor.enrol(email, secret, code);
        codes.ifPresent(c -> session.removeAttribute(SECRET));
        return codes;
    }

    /** Shown once, in the answer to the confirmation: the codes are not stored anywhere in clear. */
    private static String recoveryCodes(List<String> codes, String next, Model model) {
        model.addAttribute("codes", codes);
        model.addAttribute("next", next);
        return "accounts/recovery-codes";
    }
}
