package pl.dobrepraktyki.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility declaration required by the Act of 4 April 2019 on digital accessibility
 * (art. 10), structured as the minister's "Warunki techniczne" v2.0 require (a11y-* ids).
 * Its facts live in configuration ({@code bdp.accessibility.*}) so the yearly review is an edit.
 */
@Controller
class AccessibilityDeclarationController {

    private final AccessibilityDeclaration declaration;

    AccessibilityDeclarationController(AccessibilityDeclaration declaration) {
        this.declaration = declaration;
    }

    @GetMapping("/deklaracja-dostepnosci")
    String declaration(Model model) {
        model.addAttribute("declaration", declaration);
        return "system/accessibility-declaration";
    }
}
