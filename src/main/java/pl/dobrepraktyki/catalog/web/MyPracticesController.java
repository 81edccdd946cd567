package pl.dobrepraktyki.catalog.web;

import java.security.Principal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.catalog.PracticeSummary;

import static pl.dobrepraktyki.catalog.web.PracticeController.actor;

/** "Praktyki mojej jednostki": the official's unit's practices in every status, with the editors' notes. */
@Controller
class MyPracticesController {

    static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    private final PracticeService practices;
    private final CatalogViews views;

    MyPracticesController(PracticeService practices, CatalogViews views) {
        this.practices = practices;
        this.views = views;
    }

    @GetMapping("/moje-praktyki")
    String list(Principal principal, Model model) {
        String actor = actor(principal);
        String unit = practices.unitOf(actor).orElseThrow(() -> new AccessDeniedException(actor + " has no unit"));
        List<PracticeSummary> list = practices.ofUnit(unit, actor);
        Map<Long, String> notes = new LinkedHashMap<>();
        for (PracticeSummary p : list) {
            if (p.status() == PracticeStatus.CHANGES_REQUESTED || p.status() == PracticeStatus.REJECTED) {
                String note = practices.get(p.id(), actor).editorNote();
                if (note != null) {
                    notes.put(p.id(), note);
                }
            }
        }
        model.addAttribute("unitTeryt", unit);
        model.addAttribute("unitName", views.unitName(unit));
        model.addAttribute("practices", list);
        model.addAttribute("notes", notes);
        model.addAttribute("zone", ZONE);
        return "catalog/mine";
    }
}
