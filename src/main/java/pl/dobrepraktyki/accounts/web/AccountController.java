package pl.dobrepraktyki.accounts.web;

import java.security.Principal;

import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import pl.dobrepraktyki.accounts.AccountNotFoundException;
import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.accounts.PersonalDataService;

/** "My account": who I am, my unit and my roles; my data as a file; withdrawing my consent. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final PersonalDataService personalData;

    AccountController(AccountService accounts, PersonalDataService personalData) {
        this.accounts = accounts;
        this.personalData = personalData;
    }

    /** The person's data as a JSON file (GDPR Art. 15 and 20). */
    @GetMapping("/konto/moje-dane.json")
    ResponseEntity<Map<String, Object>> myData(Principal principal) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("moje-dane.json").build().toString())
                .contentType(MediaType.APPLICATION_JSON).body(personalData.export(principal.getName()));
    }

    /** The person withdraws their consent to publishing their contact data (GDPR Art. 7(3)). */
    @PostMapping("/konto/zgoda/wycofaj")
    String withdrawConsent(Principal principal, RedirectAttributes redirect) {
        personalData.withdrawContactConsent(principal.getName());
        redirect.addFlashAttribute("flash", "accounts.consent.withdrawn");
        return "redirect:/konto";
    }

    @GetMapping("/konto")
    String account(Principal principal, Model model) {
        model.addAttribute("account",
                accounts.findByEmail(principal.getName()).orElseThrow(() -> new AccountNotFoundException(0)));
        return "accounts/account";
    }
}
