package pl.dobrepraktyki.competition.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.competition.CompetitionException;
import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Entry;
import pl.dobrepraktyki.competition.Score;
import pl.dobrepraktyki.competition.Scorecard;

/**
 * The jury's pages: {@code /jury} lists the entries the jury member may score (never one of their
 * own unit, nor one they declared a conflict of interest with) and {@code /jury/zgloszenia/{eid}}
 * shows one with the scoring form. Scores are saved as a draft or submitted; submitted scores are locked.
 */
@Controller
class JuryController {

    private final CompetitionService competition;
    private final CompetitionViews views;

    JuryController(CompetitionService competition, CompetitionViews views) {
        this.competition = competition;
        this.views = views;
    }

    @GetMapping("/jury")
    String list(Principal principal, Model model) {
        List<Entry> entries = competition.entriesForJuror(principal.getName());
        model.addAttribute("entries", entries);
        model.addAttribute("cards", entries.stream().collect(java.util.stream.Collectors.toMap(Entry::getId,
                e -> competition.scorecard(e.getId(), principal.getName()).map(c -> c.isSubmitted() ? "SUBMITTED"
                        : "DRAFT").orElse("NONE"))));
        model.addAttribute("unitNames", entries.stream().map(Entry::getUnitTeryt).distinct()
                .collect(java.util.stream.Collectors.toMap(t -> t, competition::unitName)));
        return "competition/jury";
    }

    @GetMapping("/jury/zgloszenia/{eid}")
    String entry(@PathVariable long eid, Principal principal, Locale locale, Model model) {
        Entry entry = competition.entryForJuror(eid, principal.getName());
        views.edition(competition.edition(entry.getEditionId()), locale, model);
        views.entry(entry, model);
        Scorecard card = competition.scorecard(eid, principal.getName()).orElse(null);
        model.addAttribute("card", card);
        if (!model.containsAttribute("scores")) {
            model.addAttribute("scores", card == null ? List.of() : card.getScores());
        }
        return "competition/jury-entry";
    }

    @PostMapping("/jury/zgloszenia/{eid}")
    String score(@PathVariable long eid, @RequestParam(name = "score", required = false) List<String> values,
            @RequestParam(name = "justification", required = false) List<String> justifications,
            @RequestParam(defaultValue = "save") String action, Principal principal, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        List<Score> scores = new ArrayList<>();
        int n = Math.max(values == null ? 0 : values.size(), justifications == null ? 0 : justifications.size());
        for (int i = 0; i < n; i++) {
            String v = values != null && i < values.size() ? values.get(i) : null;
            Integer number;
            try {
                number = v == null || v.isBlank() ? null : Integer.valueOf(v.strip());
            }
            catch (NumberFormatException e) {
                number = -1;
            }
            scores.add(new Score(number, justifications != null && i < justifications.size() ? justifications.get(i)
                    : null));
        }
        boolean submit = "submit".equals(action);
        try {
            competition.score(eid, scores, submit, principal.getName());
            redirect.addFlashAttribute("flash", submit ? "competition.score.submitted" : "competition.score.saved");
            return "redirect:/jury/zgloszenia/" + eid;
        }
        catch (CompetitionException e) {
            CompetitionViews.refused(e, model);
            response.setStatus(422);
            boolean locked = competition.scorecard(eid, principal.getName()).map(Scorecard::isSubmitted).orElse(false);
            if (!locked) {
                model.addAttribute("scores", scores);
            }
            return entry(eid, principal, locale, model);
        }
    }

    @PostMapping("/jury/zgloszenia/{eid}/konflikt")
    String conflict(@PathVariable long eid, Principal principal, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            competition.declareConflict(eid, principal.getName());
            redirect.addFlashAttribute("flash", "competition.conflict.declared");
            return "redirect:/jury";
        }
        catch (CompetitionException e) {
            CompetitionViews.refused(e, model);
            response.setStatus(422);
            return entry(eid, principal, locale, model);
        }
    }
}
