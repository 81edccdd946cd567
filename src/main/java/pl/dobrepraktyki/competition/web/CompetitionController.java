package pl.dobrepraktyki.competition.web;

import java.security.Principal;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Edition;

/**
 * Public competition pages: {@code /konkursy} lists every edition (open calls first, then the archive)
 * and {@code /konkursy/{id}} shows the call and, once published, the results per category.
 */
@Controller
class CompetitionController {

    private final CompetitionService competition;
    private final CompetitionViews views;

    CompetitionController(CompetitionService competition, CompetitionViews views) {
        this.competition = competition;
        this.views = views;
    }

    @GetMapping("/konkursy")
    String list(Model model) {
        model.addAttribute("open", competition.openEditions());
        model.addAttribute("editions", competition.editions());
        model.addAttribute("phases", competition.editions().stream()
                .collect(java.util.stream.Collectors.toMap(Edition::getId, competition::phase)));
        return "competition/list";
    }

    @GetMapping("/konkursy/{id}")
    String edition(@PathVariable long id, Principal principal, Locale locale, Model model) {
        Edition edition = competition.edition(id);
        views.edition(edition, locale, model);
        model.addAttribute("results", competition.results(id));
        model.addAttribute("canApply", competition.canApply(id, principal == null ? null : principal.getName()));
        return "competition/edition";
    }
}
