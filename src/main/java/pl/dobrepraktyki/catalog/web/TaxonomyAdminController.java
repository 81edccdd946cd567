package pl.dobrepraktyki.catalog.web;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.catalog.CatalogValidationException;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;

/** Administrators add taxonomy entries and rename them (codes never change). */
@Controller
class TaxonomyAdminController {

    private final TaxonomyService taxonomies;

    TaxonomyAdminController(TaxonomyService taxonomies) {
        this.taxonomies = taxonomies;
    }

    /** What was typed into a form that failed, to show it again with the message. */
    record Failed(Taxonomy taxonomy, String code, String field, String messageKey, String namePl, String nameEn) {
    }

    @GetMapping("/admin/taksonomie")
    String list(Model model) {
        model.addAttribute("taxonomies", taxonomies.all());
        return "admin/catalog/taxonomies";
    }

    @PostMapping("/admin/taksonomie/{taxonomy}")
    String add(@PathVariable Taxonomy taxonomy, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String namePl, @RequestParam(defaultValue = "") String nameEn,
            Model model, RedirectAttributes redirect) {
        try {
            taxonomies.add(taxonomy, code, namePl, nameEn);
        }
        catch (CatalogValidationException e) {
            var p = e.problems().get(0);
            model.addAttribute("failed", new Failed(taxonomy, null, p.field(), p.messageKey(), namePl, nameEn));
            model.addAttribute("typedCode", code);
            return list(model);
        }
        redirect.addFlashAttribute("flash", "catalog.taxonomy.added");
        return "redirect:/admin/taksonomie#" + taxonomy.name();
    }

    @PostMapping("/admin/taksonomie/{taxonomy}/{code}")
    String rename(@PathVariable Taxonomy taxonomy, @PathVariable String code,
            @RequestParam(defaultValue = "") String namePl, @RequestParam(defaultValue = "") String nameEn,
            Model model, RedirectAttributes redirect) {
        try {
            taxonomies.rename(taxonomy, code, namePl, nameEn);
        }
        catch (CatalogValidationException e) {
            var p = e.problems().get(0);
            model.addAttribute("failed", new Failed(taxonomy, code, p.field(), p.messageKey(), namePl, nameEn));
            return list(model);
        }
        redirect.addFlashAttribute("flash", "catalog.taxonomy.renamed");
        return "redirect:/admin/taksonomie#" + taxonomy.name();
    }
}
