package pl.dobrepraktyki.exchange.web;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.PracticePageSection;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.exchange.WhoToAsk;

/**
 * On the practice page: the meetings where it was presented, and — for logged-in people only —
 * "who to ask" ({@link WhoToAsk}).
 */
@Component
@Order(20)
class ExchangePracticeSection implements PracticePageSection {

    private final MeetingService meetings;
    private final WhoToAsk whoToAsk;

    ExchangePracticeSection(MeetingService meetings, WhoToAsk whoToAsk) {
        this.meetings = meetings;
        this.whoToAsk = whoToAsk;
    }

    @Override
    public String template() {
        return "exchange/practice-section :: section";
    }

    @Override
    public Map<String, Object> model(PracticeSnapshot practice, String actor) {
        return Map.of("presented", meetings.presenting(practice.practiceId()), "loggedIn", actor != null, "ask",
                whoToAsk.forPractice(practice.practiceId(), practice.content().areas(),
                        practice.content().leadUnitTeryt(), actor));
    }
}
