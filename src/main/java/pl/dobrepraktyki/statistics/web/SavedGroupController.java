package pl.dobrepraktyki.statistics.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.localgov.UnitNotFoundException;
import pl.dobrepraktyki.statistics.StatisticsService;

/**
 * "Moje grupy": custom peer groups a logged-in user saves under a name, lists and deletes. A saved group
 * is compared with through the {@code grupa} parameter of the statistics pages, like an ad hoc group.
 */
@Controller
class SavedGroupController {

    static final int MAX_NAME = 120;

    private final SavedGroups groups;
    private final StatisticsService statistics;

    SavedGroupController(SavedGroups groups, StatisticsService statistics) {
        this.groups = groups;
        this.statistics = statistics;
    }

    @GetMapping("/statystyki/moje-grupy")
    String list(Principal principal, Model model) {
        return page(principal, model, "", "", null, Map.of());
    }

    @PostMapping("/statystyki/moje-grupy")
    String save(Principal principal, @RequestParam(name = "nazwa", defaultValue = "") String name,
            @RequestParam(name = "grupa", defaultValue = "") String grupa,
            @RequestParam(name = "jst", required = false) String jst, Model model, RedirectAttributes redirect) {
        String owner = principal.getName();
        String trimmed = name.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (trimmed.isEmpty()) {
            errors.put("nazwa", "statistics.mine.error.nameEmpty");
        }
        else if (trimmed.length() > MAX_NAME) {
            errors.put("nazwa", "statistics.mine.error.nameLong");
        }
        else if (groups.nameTaken(owner, trimmed)) {
            errors.put("nazwa", "statistics.mine.error.nameTaken");
        }
        List<String> codes = new ArrayList<>();
        for (String c : grupa.split("[,;\\s]+")) {
            if (!c.isBlank()) {
                codes.add(c.strip());
            }
        }
        TreeSet<String> members = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        if (codes.isEmpty()) {
            errors.put("grupa", "statistics.mine.error.noUnits");
        }
        else if (codes.size() > StatisticsService.MAX_CUSTOM_GROUP) {
            errors.put("grupa", "statistics.mine.error.tooMany");
        }
        else {
            for (String code : codes) {
                try {
                    members.add(statistics.unit(code).teryt());
                }
                catch (IllegalArgumentException | UnitNotFoundException e) {
                    unknown.add(code);
                }
            }
            if (!unknown.isEmpty()) {
                errors.put("grupa", "statistics.mine.error.unknown");
            }
        }
        String home = null;
        if (jst != null && !jst.isBlank()) {
            try {
                home = statistics.unit(jst.strip()).teryt();
            }
            catch (IllegalArgumentException | UnitNotFoundException e) {
                home = null;
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("unknown", String.join(", ", unknown));
            return page(principal, model, name, grupa, home, errors);
        }
        groups.save(owner, trimmed, home, List.copyOf(members));
        redirect.addFlashAttribute("flash", "statistics.mine.saved");
        return "redirect:/statystyki/moje-grupy";
    }

    @PostMapping("/statystyki/moje-grupy/{id}/usun")
    String delete(Principal principal, @PathVariable long id, RedirectAttributes redirect) {
        if (!groups.delete(principal.getName(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no saved group " + id);
        }
        redirect.addFlashAttribute("flash", "statistics.mine.deleted");
        return "redirect:/statystyki/moje-grupy";
    }

    private String page(Principal principal, Model model, String name, String grupa, String home,
            Map<String, String> errors) {
        List<SavedGroups.SavedGroup> mine = groups.of(principal.getName());
        Map<String, String> homeNames = new LinkedHashMap<>();
        mine.forEach(g -> homeNames.put(g.home(), statistics.unitName(g.home())));
        model.addAttribute("groups", mine);
        model.addAttribute("homeNames", homeNames);
        model.addAttribute("nazwa", name);
        model.addAttribute("grupa", grupa);
        model.addAttribute("jst", home);
        model.addAttribute("errors", errors);
        model.addAttribute("max", StatisticsService.MAX_CUSTOM_GROUP);
        return "statistics/mine";
    }
}
