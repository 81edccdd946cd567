package pl.dobrepraktyki.exchange.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.exchange.MeetingSummary;
import pl.dobrepraktyki.system.home.HomePageSection;

/** The home page's list of the next meetings of the exchange groups (every meeting is public). */
@Component
class ExchangeHomeSection implements HomePageSection {

    /** How many upcoming meetings the home page lists. */
    static final int MEETINGS = 3;

    private final MeetingService meetings;

    ExchangeHomeSection(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public String template() {
        return "exchange/home-section :: section";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Map<String, Object> model(Locale locale) {
        List<MeetingSummary> next = meetings.upcoming().stream().limit(MEETINGS).toList();
        return next.isEmpty() ? Map.of() : Map.of("meetings", next);
    }
}
