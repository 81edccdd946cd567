package pl.dobrepraktyki.accounts.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import pl.dobrepraktyki.accounts.AccountException;
import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.TerytCode;
import pl.dobrepraktyki.localgov.UnitQuery;

/** Self-registration of an official: form, "check your mail", confirmation link. */
@Controller
class RegistrationController {

    private static final int SUGGESTIONS = 20;

    private final AccountService accounts;
    private final LocalGovernmentService units;

    RegistrationController(AccountService accounts, LocalGovernmentService units) {
        this.accounts = accounts;
        this.units = units;
    }

    @GetMapping("/rejestracja")
    String form(@ModelAttribute("form") RegistrationForm form, @RequestParam(required = false) String jst) {
        if (jst != null && form.getUnitTeryt() == null) {
            form.setUnitTeryt(jst);
        }
        return "accounts/register";
    }

    /** Units whose name matches what was typed, as options of the unit field's datalist (htmx). */
    @GetMapping("/rejestracja/jednostki")
    String unitOptions(@RequestParam(name = "unitTeryt", defaultValue = "") String typed, Model model) {
        String text = typed.strip();
        model.addAttribute("options", text.length() < 2 || TerytCode.isValid(text) ? List.of()
                : units.search(UnitQuery.byName(text), PageRequest.of(0, SUGGESTIONS)).getContent());
        return "accounts/register :: unitOptions";
    }

    @PostMapping("/rejestracja")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
            @RequestParam(required = false) String unitChoice, Model model) {
        if (unitChoice != null && TerytCode.isValid(unitChoice)) {
            form.setUnitTeryt(unitChoice);
        }
        if (!result.hasFieldErrors("unitTeryt")) {
            resolveUnit(form, result, model);
        }
        if (result.hasErrors()) {
            return "accounts/register";
        }
        try {
            accounts.register(new AccountService.Registration(form.getEmail(), form.getDisplayName(),
                    form.getPassword(), form.getUnitTeryt(), form.getJobTitle()));
        }
        catch (AccountException e) {
            result.rejectValue(e.field(), e.messageKey());
            return "accounts/register";
        }
        model.addAttribute("email", form.getEmail().strip());
        return "accounts/register-sent";
    }

    /**
     * A typed name becomes a code when exactly one unit has it; several matches are offered as
     * a choice (this works without JavaScript), none is an error.
     */
    private void resolveUnit(RegistrationForm form, BindingResult result, Model model) {
        String typed = form.getUnitTeryt().strip();
        if (TerytCode.isValid(typed)) {
            return;
        }
        List<LocalGovernment> matches = units.search(UnitQuery.byName(typed), PageRequest.of(0, SUGGESTIONS))
                .getContent();
        if (matches.size() == 1) {
            form.setUnitTeryt(matches.get(0).getTeryt());
        }
        else if (matches.isEmpty()) {
            result.rejectValue("unitTeryt", "accounts.register.unit.noMatch");
        }
        else {
            model.addAttribute("unitCandidates", matches);
            result.rejectValue("unitTeryt", "accounts.register.unit.choose");
        }
    }

    @GetMapping("/rejestracja/potwierdz")
    String confirm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("confirmed", accounts.confirmEmail(token));
        return "accounts/register-confirmed";
    }
}
