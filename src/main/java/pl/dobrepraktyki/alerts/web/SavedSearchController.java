package pl.dobrepraktyki.alerts.web;

import java.security.Principal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.alerts.AlertService;
import pl.dobrepraktyki.alerts.Frequency;
import pl.dobrepraktyki.alerts.SavedQuery;
import pl.dobrepraktyki.alerts.SavedSearch;
import pl.dobrepraktyki.alerts.SavedSearchKind;
import pl.dobrepraktyki.alerts.SavedSearchLimitException;
import pl.dobrepraktyki.alerts.SavedSearchNotFoundException;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.exchange.GroupView;
import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.search.SearchFacet;
import pl.dobrepraktyki.system.security.AccessRules;

/**
 * The person's saved searches and follows, {@code /konto/obserwowane}: saving the search of
 * {@code /szukaj}, following a section, area or unit, opening, changing how often, deleting.
 */
@Controller
class SavedSearchController {

    private final AlertService alerts;
    private final TaxonomyService taxonomies;
    private final LocalGovernmentService units;
    private final GroupService groups;
    private final MessageSource messages;

    SavedSearchController(AlertService alerts, TaxonomyService taxonomies, LocalGovernmentService units,
            GroupService groups, MessageSource messages) {
        this.alerts = alerts;
        this.taxonomies = taxonomies;
        this.units = units;
        this.groups = groups;
        this.messages = messages;
    }

    @Bean
    static AccessRules alertsAccessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/konto/obserwowane", "/konto/obserwowane/{id}",
                        "/konto/obserwowane/{id}/usun").authenticated()
                .requestMatchers(HttpMethod.POST, "/konto/obserwowane/wyszukiwania", "/konto/obserwowane/obserwuj",
                        "/konto/obserwowane/{id}/czestotliwosc", "/konto/obserwowane/{id}/usun").authenticated()
                .requestMatchers(HttpMethod.GET, "/obserwowane/wypisz", "/obserwowane/wypisano",
                        "/kanaly/wyszukiwanie/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/obserwowane/wypisz").permitAll();
    }

    @ModelAttribute("frequencies")
    Frequency[] frequencies() {
        return Frequency.values();
    }

    @GetMapping("/konto/obserwowane")
    String list(Principal principal, Model model) {
        model.addAttribute("saved", alerts.list(principal.getName()));
        model.addAttribute("max", AlertService.MAX_PER_PERSON);
        return "alerts/list";
    }

    @PostMapping("/konto/obserwowane/wyszukiwania")
    String save(@Valid @ModelAttribute("form") SaveSearchForm form, BindingResult result,
            @RequestParam MultiValueMap<String, String> params, Principal principal, Model model,
            RedirectAttributes redirect) {
        SavedQuery query = SavedQuery.of(params);
        if (!result.hasErrors()) {
            try {
                alerts.save(principal.getName(), new AlertService.SaveParams(form.getName(), form.getFrequency(),
                        query, null, SavedSearchKind.SEARCH));
                redirect.addFlashAttribute("flash", "alerts.saved");
                return "redirect:/konto/obserwowane";
            }
            catch (SavedSearchLimitException e) {
                result.reject("alerts.validation.limit", new Object[] { AlertService.MAX_PER_PERSON }, null);
            }
        }
        model.addAttribute("query", query);
        return "alerts/save";
    }

    /**
     * Follows a section, an area (or another facet value), a unit ({@code jst}) or an exchange group
     * ({@code grupa}: its new meetings and the new practices of its member units): a saved search of that one
     * filter. A group followed already is not followed twice.
     */
    @PostMapping("/konto/obserwowane/obserwuj")
    String follow(@RequestParam(name = "filtr", required = false) String filter,
            @RequestParam(name = "wartosc", required = false) String value,
            @RequestParam(name = "jst", required = false) String teryt,
            @RequestParam(name = "grupa", required = false) Long groupId, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        String name;
        SavedQuery query;
        if (groupId != null) {
            GroupView group = groups.group(groupId, null);
            if (alerts.followsGroup(principal.getName(), groupId)) {
                redirect.addFlashAttribute("flash", "alerts.followed.already");
                return "redirect:/konto/obserwowane";
            }
            name = messages.getMessage("alerts.follow.group", new Object[] { group.name() }, locale);
            query = new SavedQuery(null, Map.of());
        }
        else if (teryt != null) {
            LocalGovernment unit = units.findByCode(teryt).orElseThrow(() -> new SavedSearchNotFoundException(0));
            name = messages.getMessage("alerts.follow.unit", new Object[] { unit.getDisplayName() }, locale);
            query = new SavedQuery(null, Map.of());
        }
        else {
            SearchFacet facet = filter == null ? null : SearchFacet.byParam(filter).orElse(null);
            if (facet == null || value == null || value.isBlank() || value.length() > 200) {
                throw new SavedSearchNotFoundException(0);
            }
            String label = label(facet, value.strip(), locale);
            name = messages.getMessage("search.facet." + facet, null, facet.name(), locale) + ": " + label;
            Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
            filters.put(facet, Set.of(value.strip()));
            query = new SavedQuery(null, filters);
        }
        if (name.length() > AlertService.MAX_NAME) {
            name = name.substring(0, AlertService.MAX_NAME);
        }
        try {
            alerts.save(principal.getName(), new AlertService.SaveParams(name, Frequency.DAILY, query,
                    groupId != null ? null : teryt, groupId, SavedSearchKind.FOLLOW));
            redirect.addFlashAttribute("flash", groupId != null ? "alerts.followed.group" : "alerts.followed");
        }
        catch (SavedSearchLimitException e) {
            redirect.addFlashAttribute("flash", "alerts.validation.limit.short");
        }
        return "redirect:/konto/obserwowane";
    }

    private String label(SearchFacet facet, String value, Locale locale) {
        Taxonomy taxonomy = switch (facet) {
            case SECTION -> Taxonomy.SECTION;
            case AREA -> Taxonomy.AREA;
            case TYPE -> Taxonomy.PRACTICE_TYPE;
            case SOURCE -> Taxonomy.SOURCE;
            default -> null;
        };
        if (taxonomy != null) {
            return taxonomies.find(taxonomy, value).map(term -> term.name(locale))
                    .orElseThrow(() -> new SavedSearchNotFoundException(0));
        }
        return switch (facet) {
            case UNIT_KIND -> messages.getMessage("localgov.kind." + value, null, value, locale);
            case SIZE_CATEGORY -> messages.getMessage("localgov.size." + value, null, value, locale);
            case AWARD -> messages.getMessage("catalog.award." + value, null, value, locale);
            case VOIVODESHIP, COUNTY -> units.findByCode(value).map(LocalGovernment::getDisplayName).orElse(value);
            default -> value;
        };
    }

    /** Opens the saved search (what is new is counted from now on). */
    @GetMapping("/konto/obserwowane/{id}")
    String open(@PathVariable long id, Principal principal) {
        return "redirect:" + alerts.visit(principal.getName(), id);
    }

    @PostMapping("/konto/obserwowane/{id}/czestotliwosc")
    String frequency(@PathVariable long id, @RequestParam(name = "frequency", required = false) Frequency frequency,
            Principal principal, RedirectAttributes redirect) {
        alerts.find(principal.getName(), id);
        if (frequency != null) {
            alerts.changeFrequency(principal.getName(), id, frequency);
            redirect.addFlashAttribute("flash", "alerts.frequencyChanged");
        }
        return "redirect:/konto/obserwowane";
    }

    @GetMapping("/konto/obserwowane/{id}/usun")
    String confirmDelete(@PathVariable long id, Principal principal, Model model) {
        SavedSearch saved = alerts.find(principal.getName(), id);
        model.addAttribute("savedId", saved.getId());
        model.addAttribute("savedName", saved.getName());
        return "alerts/delete";
    }

    @PostMapping("/konto/obserwowane/{id}/usun")
    String delete(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        alerts.delete(principal.getName(), id);
        redirect.addFlashAttribute("flash", "alerts.deleted");
        return "redirect:/konto/obserwowane";
    }
}
