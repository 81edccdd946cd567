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
        String nameError = nameError(trimmed, groups.nameTaken(owner, trimmed));
        if (nameError != null) {
            errors.put("nazwa", nameError);
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

    /** The page to rename one of the user's groups; another user's group does not exist for them (404). */
    @GetMapping("/statystyki/moje-grupy/{id}/nazwa")
    String renameForm(Principal principal, @PathVariable long id, Model model) {
        SavedGroups.SavedGroup group = owned(principal, id);
        return renamePage(model, group, group.name(), null);
    }

    @PostMapping("/statystyki/moje-grupy/{id}/nazwa")
    String rename(Principal principal, @PathVariable long id, @RequestParam(name = "nazwa", defaultValue = "") String name,
            Model model, RedirectAttributes redirect) {
        String owner = principal.getName();
        SavedGroups.SavedGroup group = owned(principal, id);
        String trimmed = name.strip();
        String error = nameError(trimmed, groups.nameTaken(owner, trimmed, id));
        if (error != null) {
            return renamePage(model, group, name, error);
        }
        groups.rename(owner, id, trimmed);
        redirect.addFlashAttribute("flash", "statistics.mine.renamed");
        return "redirect:/statystyki/moje-grupy";
    }

    private SavedGroups.SavedGroup owned(Principal principal, long id) {
        return groups.find(principal.getName(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no saved group " + id));
    }

    private String renamePage(Model model, SavedGroups.SavedGroup group, String name, String error) {
        model.addAttribute("group", group);
        model.addAttribute("nazwa", name);
        model.addAttribute("error", error);
        model.addAttribute("max", MAX_NAME);
        return "statistics/rename";
    }

    /** The message key of what is wrong with a (stripped) group name, or {@code null}. */
    private static String nameError(String trimmed, boolean taken) {
        if (trimmed.isEmpty()) {
            return "statistics.mine.error.nameEmpty";
        }
        if (trimmed.length() > MAX_NAME) {
            return "statistics.mine.error.nameLong";
        }
        return taken ? "statistics.mine.error.nameTaken" : null;
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
