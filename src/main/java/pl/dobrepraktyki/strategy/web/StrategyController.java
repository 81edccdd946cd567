package pl.dobrepraktyki.strategy.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.statistics.Indicator;
import pl.dobrepraktyki.statistics.StatisticsService;
import pl.dobrepraktyki.strategy.StrategyMonitor;
import pl.dobrepraktyki.strategy.StrategyNotFoundException;
import pl.dobrepraktyki.strategy.StrategyService;
import pl.dobrepraktyki.strategy.StrategyService.StrategyView;
import pl.dobrepraktyki.strategy.StrategyService.Viewer;

/**
 * The strategy page of a unit ({@code /jst/{teryt}/strategia}, its CSV) and its officials' edit page with the
 * forms that change the header, add and remove goals and indicators (post/redirect/get; a stale version shows
 * the 409 page).
 */
@Controller
class StrategyController {

    static final int MAX_GOAL_TITLE = 300;

    private final StrategyService strategies;
    private final StrategyMonitor monitor;
    private final StatisticsService statistics;
    private final MessageSource messages;

    StrategyController(StrategyService strategies, StrategyMonitor monitor, StatisticsService statistics,
            MessageSource messages) {
        this.strategies = strategies;
        this.monitor = monitor;
        this.statistics = statistics;
        this.messages = messages;
    }

    private Viewer viewer(Principal principal) {
        return strategies.viewer(principal == null ? null : principal.getName());
    }

    @GetMapping("/jst/{teryt}/strategia")
    String show(@PathVariable String teryt, Principal principal, Model model, Locale locale) {
        Viewer viewer = viewer(principal);
        String unit = strategies.canonical(teryt);
        Optional<StrategyView> strategy = strategies.find(unit);
        if (strategy.isEmpty() && viewer.isOfficialOf(unit)) {
            model.addAttribute("unit", statistics.unit(unit));
            return "strategy/none";
        }
        StrategyMonitor.StrategyProgress progress = monitor.progress(strategies.readable(unit, viewer));
        Map<Long, String> charts = new LinkedHashMap<>();
        for (StrategyMonitor.GoalProgress goal : progress.goals()) {
            List<StrategyMonitor.TargetProgress> targets = new java.util.ArrayList<>(goal.targets());
            goal.operational().forEach(o -> targets.addAll(o.targets()));
            for (StrategyMonitor.TargetProgress target : targets) {
                charts.put(target.target().id(), StrategyChart.svg(target, locale, labels(locale)));
            }
        }
        model.addAttribute("progress", progress);
        model.addAttribute("unit", progress.unit());
        model.addAttribute("charts", charts);
        model.addAttribute("canEdit", viewer.isOfficialOf(unit));
        return "strategy/show";
    }

    private StrategyChart.Labels labels(Locale locale) {
        return new StrategyChart.Labels(messages.getMessage("strategy.chart.unit", null, locale),
                messages.getMessage("strategy.chart.path", null, locale),
                messages.getMessage("strategy.chart.median", null, locale));
    }

    @GetMapping(value = "/jst/{teryt}/strategia.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String teryt, Principal principal) {
        StrategyView strategy = strategies.readable(teryt, viewer(principal));
        String body = StrategyCsv.of(monitor.progress(strategy));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"strategia-" + strategy.teryt() + ".csv\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    // --- editing -----------------------------------------------------------------------------------

    @ModelAttribute("indicators")
    List<Indicator> indicators() {
        return statistics.indicators();
    }

    @GetMapping("/jst/{teryt}/strategia/edycja")
    String edit(@PathVariable String teryt, Principal principal, Model model) {
        String unit = editableUnit(teryt, principal);
        Optional<StrategyView> strategy = strategies.find(unit);
        StrategyForm header = new StrategyForm();
        strategy.ifPresent(s -> {
            header.setTitle(s.title());
            header.setPeriodFrom(String.valueOf(s.periodFrom()));
            header.setPeriodTo(String.valueOf(s.periodTo()));
            header.setPublicVisible(s.publicVisible());
            header.setVersion(s.version());
        });
        return editPage(unit, strategy, header, Map.of(), "", Map.of(), new TargetForm(), Map.of(), model);
    }

    @PostMapping("/jst/{teryt}/strategia/edycja")
    String saveHeader(@PathVariable String teryt, @ModelAttribute("header") StrategyForm form, Principal principal,
            Model model, RedirectAttributes redirect) {
        String unit = editableUnit(teryt, principal);
        Map<String, String> errors = form.validate();
        Optional<StrategyView> strategy = strategies.find(unit);
        if (!errors.isEmpty()) {
            return editPage(unit, strategy, form, errors, "", Map.of(), new TargetForm(), Map.of(), model);
        }
        int from = Years.parse(form.getPeriodFrom());
        int to = Years.parse(form.getPeriodTo());
        strategies.describe(unit, new StrategyService.Header(form.getTitle(), from, to, form.isPublicVisible()),
                form.getVersion(), viewer(principal));
        redirect.addFlashAttribute("flash", "strategy.saved");
        return "redirect:/jst/" + unit + "/strategia/edycja";
    }

    @PostMapping("/jst/{teryt}/strategia/cele")
    String addGoal(@PathVariable String teryt, @RequestParam(name = "title", defaultValue = "") String title,
            @RequestParam(name = "parentId", required = false) Long parentId,
            @RequestParam(name = "version") long version, Principal principal, Model model,
            RedirectAttributes redirect) {
        String unit = editableUnit(teryt, principal);
        StrategyView strategy = strategies.find(unit).orElseThrow(() -> new StrategyNotFoundException(unit));
        String trimmed = title.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (trimmed.isEmpty()) {
            errors.put("title", "strategy.error.goalTitle");
        }
        else if (trimmed.length() > MAX_GOAL_TITLE) {
            errors.put("title", "strategy.error.goalTitleLong");
        }
        if (parentId != null && strategy.goals().stream().noneMatch(g -> g.id() == parentId)) {
            errors.put("parentId", "strategy.error.parentGoal");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("goalParent", parentId);
            return editPage(unit, Optional.of(strategy), headerOf(strategy), Map.of(), title, errors,
                    new TargetForm(), Map.of(), model);
        }
        strategies.addGoal(unit, trimmed, parentId, version, viewer(principal));
        redirect.addFlashAttribute("flash", parentId == null ? "strategy.goal.added" : "strategy.operational.added");
        return "redirect:/jst/" + unit + "/strategia/edycja";
    }

    @PostMapping("/jst/{teryt}/strategia/cele/{goalId}/usun")
    String removeGoal(@PathVariable String teryt, @PathVariable long goalId, @RequestParam(name = "version") long version,
            Principal principal, RedirectAttributes redirect) {
        String unit = editableUnit(teryt, principal);
        strategies.removeGoal(unit, goalId, version, viewer(principal));
        redirect.addFlashAttribute("flash", "strategy.goal.removed");
        return "redirect:/jst/" + unit + "/strategia/edycja";
    }

    @PostMapping("/jst/{teryt}/strategia/wskazniki")
    String addTarget(@PathVariable String teryt, @ModelAttribute("target") TargetForm form, Principal principal,
            Model model, RedirectAttributes redirect) {
        String unit = editableUnit(teryt, principal);
        StrategyView strategy = strategies.find(unit).orElseThrow(() -> new StrategyNotFoundException(unit));
        Set<Long> goals = strategy.allGoals().stream().map(StrategyService.GoalView::id).collect(Collectors.toSet());
        Set<String> codes = statistics.indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        Map<String, String> errors = form.validate(goals, codes, strategy.periodFrom(), strategy.periodTo());
        if (!errors.isEmpty()) {
            return editPage(unit, Optional.of(strategy), headerOf(strategy), Map.of(), "", Map.of(), form, errors,
                    model);
        }
        strategies.addTarget(unit, form.getGoalId(), new StrategyService.TargetParams(form.getIndicator(),
                Years.parse(form.getBaselineYear()), Years.number(form.getBaselineValue()),
                Years.parse(form.getTargetYear()), Years.number(form.getTargetValue())),
                form.getVersion() == null ? -1 : form.getVersion(), viewer(principal));
        redirect.addFlashAttribute("flash", "strategy.target.added");
        return "redirect:/jst/" + unit + "/strategia/edycja";
    }

    @PostMapping("/jst/{teryt}/strategia/wskazniki/{targetId}/usun")
    String removeTarget(@PathVariable String teryt, @PathVariable long targetId,
            @RequestParam(name = "version") long version, Principal principal, RedirectAttributes redirect) {
        String unit = editableUnit(teryt, principal);
        strategies.removeTarget(unit, targetId, version, viewer(principal));
        redirect.addFlashAttribute("flash", "strategy.target.removed");
        return "redirect:/jst/" + unit + "/strategia/edycja";
    }

    private String editableUnit(String teryt, Principal principal) {
        String unit = strategies.canonical(teryt);
        if (!viewer(principal).isOfficialOf(unit)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only the officials of " + unit + " edit its strategy");
        }
        return unit;
    }

    private static StrategyForm headerOf(StrategyView s) {
        StrategyForm header = new StrategyForm();
        header.setTitle(s.title());
        header.setPeriodFrom(String.valueOf(s.periodFrom()));
        header.setPeriodTo(String.valueOf(s.periodTo()));
        header.setPublicVisible(s.publicVisible());
        header.setVersion(s.version());
        return header;
    }

    private String editPage(String unit, Optional<StrategyView> strategy, StrategyForm header,
            Map<String, String> headerErrors, String goalTitle, Map<String, String> goalErrors, TargetForm target,
            Map<String, String> targetErrors, Model model) {
        model.addAttribute("unit", statistics.unit(unit));
        model.addAttribute("strategy", strategy.orElse(null));
        model.addAttribute("header", header);
        model.addAttribute("headerErrors", headerErrors);
        model.addAttribute("goalTitle", goalTitle);
        model.addAttribute("goalErrors", goalErrors);
        model.addAttribute("target", target);
        model.addAttribute("targetErrors", targetErrors);
        Map<String, String> names = new LinkedHashMap<>();
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        statistics.indicators().forEach(i -> names.put(i.code(), i.name(locale)));
        model.addAttribute("indicatorNames", names);
        return "strategy/edit";
    }
}
