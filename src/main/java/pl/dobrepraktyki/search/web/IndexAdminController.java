package pl.dobrepraktyki.search.web;

import java.security.Principal;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.search.SearchQuery;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.search.internal.Reindexer;
import pl.dobrepraktyki.system.security.AccessRules;
import pl.dobrepraktyki.system.security.Roles;

/** {@code /admin/indeks}: how many practices the index holds, and rebuilding it with its progress. */
@Controller
class IndexAdminController {

    private final Reindexer reindexer;
    private final SearchService search;
    private final PracticeService practices;

    IndexAdminController(Reindexer reindexer, SearchService search, PracticeService practices) {
        this.reindexer = reindexer;
        this.search = search;
        this.practices = practices;
    }

    @Bean
    static AccessRules indexAdminAccessRules() {
        return rules -> rules.requestMatchers("/admin/indeks", "/admin/indeks/przebuduj").hasRole(Roles.ADMIN);
    }

    @GetMapping("/admin/indeks")
    String status(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("status", reindexer.status());
        model.addAttribute("indexed", search.search(new SearchQuery(null, Map.of(), null, 0, 1)).total());
        model.addAttribute("published", practices.published(null, PageRequest.of(0, 1)).getTotalElements());
        return htmx != null ? "search/admin-index :: progress" : "search/admin-index";
    }

    @PostMapping("/admin/indeks/przebuduj")
    String rebuild(Principal principal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", reindexer.start(principal.getName()) ? "search.index.started"
                : "search.index.alreadyRunning");
        return "redirect:/admin/indeks";
    }
}
