package pl.dobrepraktyki.api.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import pl.dobrepraktyki.alerts.AlertService;
import pl.dobrepraktyki.alerts.SavedSearch;
import pl.dobrepraktyki.alerts.SavedSearchNotFoundException;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.search.SearchResults;

/**
 * {@code /kanaly/wyszukiwanie/{token}.atom}: the Atom feed of a saved search (or follow), reached by its
 * unguessable token (in the person's list of saved searches), the newest {@value #PRACTICES} public
 * practices it finds. An unknown token is not found.
 */
@Controller
class SavedSearchFeedController {

    static final int PRACTICES = 20;

    private final AlertService alerts;
    private final PracticeService practices;
    private final MessageSource messages;
    private final Clock clock;

    SavedSearchFeedController(AlertService alerts, PracticeService practices, MessageSource messages, Clock clock) {
        this.alerts = alerts;
        this.practices = practices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/kanaly/wyszukiwanie/{token}.atom")
    ResponseEntity<String> feed(@PathVariable String token, Locale locale) {
        SavedSearch saved = alerts.findByFeedToken(token).orElseThrow(() -> new SavedSearchNotFoundException(0));
        Instant now = clock.instant();
        List<AtomFeed.Item> items = new ArrayList<>();
        for (SearchResults.Hit hit : alerts.published(saved, Instant.EPOCH, now, PRACTICES).newest()) {
            practices.findPublished(hit.id()).ifPresent(p -> items.add(new AtomFeed.Item("praktyki/" + hit.id(),
                    hit.title(), absolute("/praktyki/" + hit.id()), p.content().summary(), hit.leadUnitName(),
                    p.savedAt(), null)));
        }
        return AtomFeed.respond("kanaly/wyszukiwanie/" + token,
                messages.getMessage("alerts.feed.title", new Object[] { saved.getName() }, locale),
                absolute("/kanaly/wyszukiwanie/" + token + ".atom"), absolute(AlertService.searchUrl(saved)),
                messages.getMessage("app.name", null, locale), items, now);
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
    }
}
