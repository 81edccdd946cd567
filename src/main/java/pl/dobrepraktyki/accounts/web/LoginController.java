package pl.dobrepraktyki.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/logowanie")
    String login() {
        return "accounts/login";
    }
}
