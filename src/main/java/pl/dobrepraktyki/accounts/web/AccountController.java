package pl.dobrepraktyki.accounts.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import pl.dobrepraktyki.accounts.AccountNotFoundException;
import pl.dobrepraktyki.accounts.AccountService;

/** "My account": who I am, my unit and my roles. */
@Controller
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/konto")
    String account(Principal principal, Model model) {
        model.addAttribute("account",
                accounts.findByEmail(principal.getName()).orElseThrow(() -> new AccountNotFoundException(0)));
        return "accounts/account";
    }
}
