package pl.dobrepraktyki.competition.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.system.home.HomePageSection;

/** The home page's list of competition editions whose call for entries is open now, with their closing day. */
@Component
class CompetitionHomeSection implements HomePageSection {

    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    /** An open call: the edition, its page and the last day of entries. */
    record OpenCall(long id, String name, LocalDate closes) {
    }

    private final CompetitionService competition;

    CompetitionHomeSection(CompetitionService competition) {
        this.competition = competition;
    }

    @Override
    public String template() {
        return "competition/home-section :: section";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Map<String, Object> model(Locale locale) {
        List<OpenCall> calls = competition.openEditions().stream()
                .map(e -> new OpenCall(e.getId(), e.getName(), LocalDate.ofInstant(e.getClosesAt(), ZONE)))
                .toList();
        return calls.isEmpty() ? Map.of() : Map.of("calls", calls);
    }
}
