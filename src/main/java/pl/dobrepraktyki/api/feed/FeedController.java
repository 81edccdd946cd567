package pl.dobrepraktyki.api.feed;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSummary;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Edition;
import pl.dobrepraktyki.competition.EditionResults;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.exchange.MeetingSummary;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.TerytCode;

/**
 * Atom 1.0 feeds of public content, for feed readers:
 * <ul>
 * <li>{@code /kanaly/praktyki.atom}: the latest {@value #PRACTICES} public practices, newest published first;
 * {@code ?dzial=}, {@code ?dziedzina=} (section and area codes) and {@code ?jst=} (TERYT code of the lead or
 * a partner unit) narrow it and may be combined; an unknown code is a 404 problem, a malformed TERYT code a
 * 400 problem;</li>
 * <li>{@code /kanaly/konkursy.atom}: each competition edition when announced, and its results once published;</li>
 * <li>{@code /kanaly/spotkania.atom}: upcoming meetings (every meeting is public).</li>
 * </ul>
 * Links are absolute, built from the request's scheme, host and context path (the self link names the filters in
 * a fixed order); ids are tag URIs that do not depend on the address.
 */
@RestController
class FeedController {

    /** How many practices the practices feed holds. */
    static final int PRACTICES = 50;

    /** At most this many upcoming meetings. */
    static final int MEETINGS = 100;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final PracticeService practices;
    private final TaxonomyService taxonomies;
    private final LocalGovernmentService units;
    private final CompetitionService competition;
    private final MeetingService meetings;
    private final MessageSource messages;
    private final Clock clock;

    FeedController(PracticeService practices, TaxonomyService taxonomies, LocalGovernmentService units,
            CompetitionService competition, MeetingService meetings, MessageSource messages, Clock clock) {
        this.practices = practices;
        this.taxonomies = taxonomies;
        this.units = units;
        this.competition = competition;
        this.meetings = meetings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/kanaly/praktyki.atom")
    ResponseEntity<String> practices(@RequestParam(name = "dzial", required = false) String sectionParam,
            @RequestParam(name = "dziedzina", required = false) String areaParam,
            @RequestParam(name = "jst", required = false) String unitParam, Locale locale) {
        String section = term(Taxonomy.SECTION, sectionParam);
        String area = term(Taxonomy.AREA, areaParam);
        String unit = unit(unitParam);
        Map<String, Map<String, String>> names = taxonomies.namesByCode(locale);
        List<String> filters = new ArrayList<>();
        if (section != null) {
            filters.add(text("feed.filter.section", locale, names.get(Taxonomy.SECTION.name()).get(section)));
        }
        if (area != null) {
            filters.add(text("feed.filter.area", locale, names.get(Taxonomy.AREA.name()).get(area)));
        }
        if (unit != null) {
            filters.add(text("feed.filter.unit", locale, practices.unitNameOf(unit)));
        }
        String title = filters.isEmpty() ? text("feed.practices.title", locale)
                : text("feed.practices.filtered", locale, String.join(", ", filters));
        List<AtomFeed.Item> items = practices.latestPublished(section, area, unit, PRACTICES).stream()
                .map(p -> practice(p, locale)).toList();
        String query = Stream.of(section == null ? null : "dzial=" + section,
                area == null ? null : "dziedzina=" + area, unit == null ? null : "jst=" + unit)
                .filter(s -> s != null).collect(Collectors.joining("&"));
        String list = section != null && area == null && unit == null ? "/praktyki?dzial=" + section : "/praktyki";
        String feed = "/kanaly/praktyki.atom" + (query.isEmpty() ? "" : "?" + query);
        return AtomFeed.respond("kanaly/praktyki" + (query.isEmpty() ? "" : "?" + query), title,
                absolute(feed), absolute(list), text("app.name", locale), items, clock.instant());
    }

    @GetMapping("/kanaly/konkursy.atom")
    ResponseEntity<String> competition(Locale locale) {
        String organiser = text("feed.competition.author", locale);
        List<AtomFeed.Item> items = new ArrayList<>();
        for (Edition e : competition.editions()) {
            String page = absolute("/konkursy/" + e.getId());
            if (e.getResultsPublishedAt() != null) {
                items.add(new AtomFeed.Item("konkursy/" + e.getId() + "/wyniki",
                        text("feed.competition.results", locale, e.getName()), page + "#wyniki",
                        results(competition.results(e.getId()), locale), organiser, e.getResultsPublishedAt(),
                        e.getResultsPublishedAt()));
            }
            items.add(new AtomFeed.Item("konkursy/" + e.getId(), text("feed.competition.edition", locale, e.getName()),
                    page, text("feed.competition.call", locale, e.getTheme(),
                            WHEN.format(e.getOpensAt().atZone(MeetingService.ZONE)),
                            WHEN.format(e.getClosesAt().atZone(MeetingService.ZONE))),
                    organiser, e.getCreatedAt(), e.getCreatedAt()));
        }
        items.sort((a, b) -> b.updated().compareTo(a.updated()));
        return AtomFeed.respond("kanaly/konkursy", text("feed.competition.title", locale),
                absolute("/kanaly/konkursy.atom"),
                absolute("/konkursy"), text("app.name", locale), items, clock.instant());
    }

    @GetMapping("/kanaly/spotkania.atom")
    ResponseEntity<String> meetings(Locale locale) {
        List<AtomFeed.Item> items = meetings.upcoming().stream().limit(MEETINGS).map(m -> meeting(m, locale))
                .toList();
        return AtomFeed.respond("kanaly/spotkania", text("feed.meetings.title", locale),
                absolute("/kanaly/spotkania.atom"),
                absolute("/spotkania"), text("app.name", locale), items, clock.instant());
    }

    private AtomFeed.Item practice(PracticeSummary p, Locale locale) {
        String summary = p.summary() != null && !p.summary().isBlank() ? p.summary()
                : text("feed.practice.summary", locale, p.leadUnitName());
        return new AtomFeed.Item("praktyki/" + p.id(), p.title(), absolute("/praktyki/" + p.id()), summary,
                p.leadUnitName(), p.updatedAt(), null);
    }

    private AtomFeed.Item meeting(MeetingSummary m, Locale locale) {
        String place = m.place() != null && !m.place().isBlank() ? m.place()
                : m.hostUnitName() != null ? m.hostUnitName() : text("feed.meeting.online", locale);
        String summary = text("feed.meeting.summary", locale, WHEN.format(m.startsAt()), place)
                + (m.groupName() == null ? "" : " " + text("feed.meeting.group", locale, m.groupName()));
        String author = m.groupName() != null ? m.groupName()
                : m.hostUnitName() != null ? m.hostUnitName() : text("app.name", locale);
        return new AtomFeed.Item("spotkania/" + m.id(), m.title(), absolute("/spotkania/" + m.id()), summary, author,
                m.createdAt(), m.createdAt());
    }

    private String results(EditionResults results, Locale locale) {
        List<String> laureates = results.categories().stream().flatMap(c -> c.laureates().stream())
                .map(a -> a.title() + " (" + a.unitName() + ")").toList();
        return laureates.isEmpty() ? text("feed.competition.resultsPublished", locale, results.name())
                : text("feed.competition.laureates", locale, String.join("; ", laureates));
    }

    /** A taxonomy code from a parameter ({@code null} when absent); an unknown code is a 404. */
    private String term(Taxonomy taxonomy, String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        String code = param.strip();
        if (!taxonomies.exists(taxonomy, code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "unknown " + taxonomy.name().toLowerCase(Locale.ROOT) + " code " + code);
        }
        return code;
    }

    /** The register's code of a unit; a malformed code is a 400, an unknown unit a 404. */
    private String unit(String param) {
        if (param == null || param.isBlank()) {
            return null;
        }
        TerytCode code;
        try {
            code = TerytCode.of(param.strip());
        }
        catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return units.getByCode(code).getTeryt();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String absolute(String pathAndQuery) {
        return UriComponentsBuilder.fromUriString(ServletUriComponentsBuilder.fromCurrentContextPath().build()
                .toUriString() + pathAndQuery).build().toUriString();
    }
}
