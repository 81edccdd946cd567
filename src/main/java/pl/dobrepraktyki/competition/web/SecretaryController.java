package pl.dobrepraktyki.competition.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.catalog.Award;
import pl.dobrepraktyki.catalog.CatalogValidationException;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.competition.CompetitionException;
import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Edition;
import pl.dobrepraktyki.competition.EditionStatistics;
import pl.dobrepraktyki.competition.Entry;
import pl.dobrepraktyki.competition.Ranking;
import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/**
 * The secretary's pages ({@code /admin/konkursy}): administrators create editions; the secretary
 * (editors and administrators) checks entries formally, assigns the jury, follows the progress,
 * reads the ranking, marks awards, records visits, publishes results and exports statistics.
 */
@Controller
class SecretaryController {

    private final CompetitionService competition;
    private final CompetitionViews views;
    private final TaxonomyService taxonomies;

    SecretaryController(CompetitionService competition, CompetitionViews views, TaxonomyService taxonomies) {
        this.competition = competition;
        this.views = views;
        this.taxonomies = taxonomies;
    }

    @GetMapping("/admin/konkursy")
    String editions(Model model) {
        model.addAttribute("editions", competition.editions());
        model.addAttribute("phases", competition.editions().stream()
                .collect(java.util.stream.Collectors.toMap(Edition::getId, competition::phase)));
        return "admin/competition/editions";
    }

    @GetMapping("/admin/konkursy/nowa")
    String newEdition(Model model) {
        return editionForm(new EditionForm(), model);
    }

    @PostMapping("/admin/konkursy/nowa")
    String create(@ModelAttribute("form") EditionForm form, BindingResult result, Principal principal, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Edition edition = competition.createEdition(form.toSpec(), principal.getName());
                redirect.addFlashAttribute("flash", "competition.edition.created");
                return "redirect:/admin/konkursy/" + edition.getId();
            }
            catch (CatalogValidationException e) {
                e.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey()));
            }
        }
        response.setStatus(422);
        return editionForm(form, model);
    }

    private String editionForm(EditionForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("sections", taxonomies.terms(Taxonomy.SECTION));
        model.addAttribute("areaTerms", taxonomies.terms(Taxonomy.AREA));
        model.addAttribute("fundingProjects", taxonomies.terms(Taxonomy.FUNDING_PROJECT));
        model.addAttribute("unitKinds", List.of(UnitKind.COUNTY, UnitKind.CITY_COUNTY, UnitKind.URBAN_MUNICIPALITY,
                UnitKind.URBAN_RURAL_MUNICIPALITY, UnitKind.RURAL_MUNICIPALITY));
        model.addAttribute("sizeCategories", SizeCategory.values());
        return "admin/competition/edition-form";
    }

    @GetMapping("/admin/konkursy/{id}")
    String edition(@PathVariable long id, Principal principal, Locale locale, Model model) {
        String actor = principal.getName();
        Edition edition = competition.edition(id);
        views.edition(edition, locale, model);
        List<Entry> entries = competition.sentEntries(id, actor);
        model.addAttribute("entries", entries);
        Map<String, String> unitNames = new LinkedHashMap<>();
        entries.forEach(e -> unitNames.computeIfAbsent(e.getUnitTeryt(), competition::unitName));
        model.addAttribute("unitNames", unitNames);
        Map<SizeCategory, List<Ranking.Line>> rankings = new LinkedHashMap<>();
        edition.getCategories().forEach(c -> rankings.put(c, competition.ranking(id, c, actor)));
        model.addAttribute("rankings", rankings);
        model.addAttribute("awards", entries.stream().filter(e -> e.getAward() != null)
                .collect(java.util.stream.Collectors.toMap(Entry::getId, Entry::getAward)));
        model.addAttribute("jury", competition.jury(id));
        EditionStatistics stats = competition.statistics(id, actor);
        model.addAttribute("stats", stats);
        Map<String, String> voivodeships = new LinkedHashMap<>();
        stats.byVoivodeship().keySet().forEach(v -> voivodeships.put(v, competition.unitName(v)));
        model.addAttribute("voivodeshipNames", voivodeships);
        model.addAttribute("awardValues", Award.values());
        return "admin/competition/edition";
    }

    @GetMapping("/admin/konkursy/{id}/zgloszenia/{eid}")
    String entry(@PathVariable long id, @PathVariable long eid, Principal principal, Locale locale, Model model) {
        Entry entry = competition.entryForSecretary(eid, principal.getName());
        if (entry.getEditionId() != id) {
            throw new pl.dobrepraktyki.competition.CompetitionNotFoundException("entry", eid);
        }
        views.edition(competition.edition(id), locale, model);
        views.entry(entry, model);
        model.addAttribute("awardValues", Award.values());
        model.addAttribute("entryJury", competition.juryOfEntries(id).getOrDefault(eid, List.of()));
        return "admin/competition/entry";
    }

    @PostMapping("/admin/konkursy/{id}/zgloszenia/{eid}/akceptuj")
    String accept(@PathVariable long id, @PathVariable long eid, Principal principal, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, eid, () -> competition.accept(eid, principal.getName()), "competition.entry.accepted",
                principal, locale, model, response, redirect);
    }

    @PostMapping("/admin/konkursy/{id}/zgloszenia/{eid}/odrzuc")
    String reject(@PathVariable long id, @PathVariable long eid, @RequestParam(required = false) String reason,
            Principal principal, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, eid, () -> competition.reject(eid, reason, principal.getName()), "competition.entry.rejected",
                principal, locale, model, response, redirect);
    }

    @PostMapping("/admin/konkursy/{id}/zgloszenia/{eid}/nagroda")
    String award(@PathVariable long id, @PathVariable long eid, @RequestParam(required = false) String award,
            Principal principal, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Award value = award == null || award.isBlank() ? null : Award.valueOf(award);
        return step(id, eid, () -> competition.award(eid, value, principal.getName()), "competition.award.saved",
                principal, locale, model, response, redirect);
    }

    @PostMapping("/admin/konkursy/{id}/zgloszenia/{eid}/wizyta")
    String visit(@PathVariable long id, @PathVariable long eid,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String note, Principal principal, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, eid, () -> competition.recordVisit(eid, date, note, principal.getName()),
                "competition.visit.saved", principal, locale, model, response, redirect);
    }

    @PostMapping("/admin/konkursy/{id}/zgloszenia/{eid}/jury")
    String assignJuryToEntry(@PathVariable long id, @PathVariable long eid, @RequestParam(required = false) String email,
            Principal principal, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, eid, () -> competition.assignJuryToEntry(eid, email, principal.getName()),
                "competition.jury.assigned", principal, locale, model, response, redirect);
    }

    private String step(long id, long eid, Runnable action, String flash, Principal principal, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/admin/konkursy/" + id + "/zgloszenia/" + eid;
        }
        catch (CompetitionException e) {
            CompetitionViews.refused(e, model);
            response.setStatus(422);
            return entry(id, eid, principal, locale, model);
        }
    }

    @PostMapping("/admin/konkursy/{id}/jury")
    String assignJury(@PathVariable long id, @RequestParam(required = false) String email,
            @RequestParam(name = "categories", required = false) List<SizeCategory> categories, Principal principal,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return editionStep(id, () -> competition.assignJury(id, email,
                categories == null ? List.of() : categories, principal.getName()), "competition.jury.assigned",
                principal, locale, model, response, redirect);
    }

    @PostMapping("/admin/konkursy/{id}/wyniki")
    String publish(@PathVariable long id, Principal principal, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return editionStep(id, () -> competition.publishResults(id, principal.getName()),
                "competition.results.published", principal, locale, model, response, redirect);
    }

    private String editionStep(long id, Runnable action, String flash, Principal principal, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/admin/konkursy/" + id;
        }
        catch (CompetitionException e) {
            CompetitionViews.refused(e, model);
            response.setStatus(422);
            return edition(id, principal, locale, model);
        }
    }

    /** The edition's statistics as CSV (UTF-8 with BOM, semicolons, for spreadsheets). */
    @GetMapping("/admin/konkursy/{id}/statystyki.csv")
    ResponseEntity<byte[]> statistics(@PathVariable long id, Principal principal, Locale locale) {
        EditionStatistics stats = competition.statistics(id, principal.getName());
        Map<String, Map<String, String>> names = views.names(locale);
        List<String> lines = new ArrayList<>();
        lines.add("grupa;pozycja;liczba");
        lines.add("razem;wysłane;" + stats.sent());
        lines.add("razem;szkice;" + stats.drafts());
        stats.byCategory().forEach((c, n) -> lines.add("kategoria;" + c + ";" + n));
        stats.byArea().forEach((a, n) -> lines.add("dziedzina;" + csv(names.get("AREA").getOrDefault(a, a)) + ";" + n));
        stats.byVoivodeship().forEach((v, n) -> lines.add("województwo;" + csv(competition.unitName(v)) + ";" + n));
        for (EditionStatistics.Progress p : stats.progress()) {
            lines.add("ocena " + p.category() + ";przyjęte zgłoszenia;" + p.accepted());
            lines.add("ocena " + p.category() + ";członkowie jury;" + p.jurors());
            lines.add("ocena " + p.category() + ";oczekiwane oceny;" + p.expected());
            lines.add("ocena " + p.category() + ";przesłane oceny;" + p.submitted());
        }
        byte[] body = ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"konkurs-" + id + "-statystyki.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    /** A cell that a spreadsheet will not read as a formula and that keeps its semicolons. */
    static String csv(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(";") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
