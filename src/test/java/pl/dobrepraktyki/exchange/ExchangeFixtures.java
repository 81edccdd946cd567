package pl.dobrepraktyki.exchange;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;

/** Test data builders for groups, meetings and published practices, saved in the real database. */
public final class ExchangeFixtures {

    /** Rural gminas (TERC RODZ 2). */
    public static final String RURAL_A = "0223052";
    public static final String RURAL_B = "1020092";
    public static final String RURAL_C = "2206042";

    private ExchangeFixtures() {
    }

    public static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A group of rural gminas A and B, working on economic development, with the moderator. */
    public static long ruralGroup(ApplicationContext context, String moderator) {
        GroupService groups = context.getBean(GroupService.class);
        long id = groups.create(new GroupParams(unique("GWD gmin wiejskich"), GroupKind.RURAL_GMINAS, null,
                "Obsługa przedsiębiorców", List.of("ROZWOJ_GOSPODARCZY"), "POKL_5_2", null, null), moderator);
        groups.addUnit(id, RURAL_A, moderator);
        groups.addUnit(id, RURAL_B, moderator);
        return id;
    }

    public static MeetingParams meeting(Long groupId, String title, LocalDateTime start, Integer capacity,
            MeetingKind kind) {
        return new MeetingParams(groupId, title, kind, MeetingMode.ON_SITE, start, start.plusHours(5), RURAL_A,
                "Urząd Gminy", "1. Powitanie", null, capacity, "POKL_5_2",
                List.of(new StudyVisit("Gminny Ośrodek Pomocy Społecznej", "usługi opiekuńcze")));
    }

    /** A published practice of the unit (economic development), with the given contact. */
    public static PracticeSnapshot publishedPractice(ApplicationContext context, String unit, String title,
            Contact contact) {
        PracticeService practices = context.getBean(PracticeService.class);
        String official = TestAccounts.activeOf(context, unit, Role.OFFICIAL);
        String editor = TestAccounts.active(context, Role.EDITOR);
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete().title(title).leadUnit(unit)
                .contact(contact).build(), official);
        practices.submit(draft.practiceId(), official);
        return practices.publish(draft.practiceId(), editor);
    }
}
