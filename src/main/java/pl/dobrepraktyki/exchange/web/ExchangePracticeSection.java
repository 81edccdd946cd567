package pl.dobrepraktyki.exchange.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.PracticeContactView;
import pl.dobrepraktyki.catalog.PracticePageSection;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.exchange.MeetingSummary;
import pl.dobrepraktyki.exchange.MemberView;

/**
 * On the practice page: the meetings where it was presented, and — for logged-in people only —
 * "who to ask": people of other units working on the same areas who agreed to be shown (members
 * of exchange groups, contact persons of other practices).
 */
@Component
@Order(20)
class ExchangePracticeSection implements PracticePageSection {

    private final MeetingService meetings;
    private final GroupService groups;
    private final PracticeService practices;

    ExchangePracticeSection(MeetingService meetings, GroupService groups, PracticeService practices) {
        this.meetings = meetings;
        this.groups = groups;
        this.practices = practices;
    }

    @Override
    public String template() {
        return "exchange/practice-section :: section";
    }

    @Override
    public Map<String, Object> model(PracticeSnapshot practice, String actor) {
        List<MeetingSummary> presented = meetings.presenting(practice.practiceId());
        Map<String, Object> model = new HashMap<>();
        model.put("presented", presented);
        model.put("loggedIn", actor != null);
        if (actor != null) {
            var areas = practice.content().areas();
            String unit = practice.content().leadUnitTeryt();
            List<MemberView> people = groups.consentedMembersInAreas(areas, unit, actor);
            List<PracticeContactView> contacts = practices.consentedContactsInAreas(areas, unit).stream()
                    .filter(c -> c.practiceId() != practice.practiceId()).limit(10).toList();
            model.put("people", people);
            model.put("contacts", contacts);
        }
        else {
            model.put("people", List.of());
            model.put("contacts", List.of());
        }
        return model;
    }
}
