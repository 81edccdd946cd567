package pl.dobrepraktyki.exchange;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import pl.dobrepraktyki.catalog.DemoDocuments;
import pl.dobrepraktyki.catalog.CheckedDocuments;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.system.cli.CommandLine;

/**
 * Demonstration content (marked {@code demo}, names in brackets say so): a group of rural gminas
 * with member units and people, two past meetings (one with a study visit, a presentation and a
 * presented practice), a past strategic-management workshop of the same programme and an upcoming
 * meeting; and a strategic-management workshop cycle (a thematic group flagged as such) whose members
 * include Łódź, the unit of the demonstration strategy (strategy module), so that its page and report
 * count a recorded strategy with goals on and off track. Loaded at first start after the demonstration
 * practices, when there is no group; off with {@code bdp.demo-content=false}.
 */
@Component
@Order(110)
@ConditionalOnProperty(name = CommandLine.CLI_PROPERTY, havingValue = "false", matchIfMissing = true)
class ExchangeDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExchangeDemoContent.class);
    static final String MODERATOR = "moderator.demo@dobrepraktyki.local";
    static final String PROGRAMME = "POKL_5_2";
    static final List<String> UNITS = List.of("0223052", "1020092", "2206042", "2414042", "2604092", "2814042");
    /** Łódź: the unit of the demonstration strategy ({@code strategy.StrategyDemoContent}). */
    static final String STRATEGY_UNIT = "1061011";
    static final String WORKSHOP_CYCLE = "Cykl warsztatów zarządzania strategicznego (dane demonstracyjne)";

    private final GroupService groups;
    private final MeetingService meetings;
    private final PracticeService practices;
    private final CheckedDocuments documents;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    ExchangeDemoContent(GroupService groups, MeetingService meetings, PracticeService practices,
            CheckedDocuments documents, TransactionTemplate transaction,
            @Value("${bdp.demo-content:true}") boolean enabled) {
        this.groups = groups;
        this.meetings = meetings;
        this.practices = practices;
        this.documents = documents;
        this.transaction = transaction;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || groups.count() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Wczytano grupę wymiany doświadczeń i spotkania (treści demonstracyjne)");
    }

    /** Loads the demonstration group and meetings; returns the group's id. */
    long load() {
        LocalDate today = meetings.now().toLocalDate();
        long group = groups.createDemo(new GroupParams("GWD gmin wiejskich: usługi społeczne (dane demonstracyjne)",
                GroupKind.RURAL_GMINAS, null, "Organizacja i koszty usług opiekuńczych, klubów seniora i "
                        + "bibliotek w gminach wiejskich; porównanie z grupą porównawczą.",
                List.of("POMOC_SPOLECZNA", "KULTURA"), PROGRAMME, today.minusMonths(6), today.plusMonths(12)),
                MODERATOR);
        UNITS.forEach(unit -> addUnit(group, unit));
        String[][] people = {
            { "anna.demo@example.pl", "Anna Przykładowa (demo)", "Kierowniczka GOPS", UNITS.get(0), "lider podgrupy", "true" },
            { "jan.demo@example.pl", "Jan Demonstracyjny (demo)", "Sekretarz gminy", UNITS.get(1), "uczestnik", "true" },
            { "ewa.demo@example.pl", "Ewa Bez Zgody (demo)", "Inspektorka ds. oświaty", UNITS.get(2), "uczestnik", "false" },
        };
        for (String[] p : people) {
            groups.addMemberDemo(group, new MemberParams(p[0], p[1], p[2], null, p[3], p[4], Boolean.parseBoolean(p[5])));
        }
        long first = meetings.planDemo(new MeetingParams(group, "Spotkanie 1: usługi opiekuńcze (demo)",
                MeetingKind.GROUP_MEETING, MeetingMode.ON_SITE, at(today.minusMonths(4), 10), at(today.minusMonths(4), 15),
                UNITS.get(0), "Urząd Gminy, sala konferencyjna", "1. Przedstawienie uczestników\n2. Usługi opiekuńcze: "
                        + "organizacja i koszt godziny usługi\n3. Wizyta studyjna", "Uczestnicy porównali koszt godziny "
                        + "usług opiekuńczych (od 28 do 41 zł) i formy ich organizacji.", 20, PROGRAMME,
                List.of(new StudyVisit("Klub Seniora w sołectwie (demo)", "organizacja zajęć i transport uczestników"))),
                MODERATOR);
        long second = meetings.planDemo(new MeetingParams(group, "Spotkanie 2: biblioteki jako centra lokalne (demo)",
                MeetingKind.GROUP_MEETING, MeetingMode.HYBRID, at(today.minusMonths(2), 10), at(today.minusMonths(2), 14),
                UNITS.get(1), null, "Filie bibliotek otwarte jak domy kultury.", null, 20, PROGRAMME, List.of()),
                MODERATOR);
        long workshop = meetings.planDemo(new MeetingParams(null, "Warsztat zarządzania strategicznego: monitoring "
                + "strategii (demo)", MeetingKind.WORKSHOP, MeetingMode.ON_SITE, at(today.minusMonths(3), 9),
                at(today.minusMonths(3), 16), null, "Legnica", "Metody i narzędzia monitoringu strategii.", null, 30,
                PROGRAMME, List.of()), MODERATOR);
        meetings.planDemo(new MeetingParams(group, "Spotkanie 3: transport do usług (demo)", MeetingKind.GROUP_MEETING,
                MeetingMode.ON_SITE, at(today.plusDays(30), 10), at(today.plusDays(30), 15), UNITS.get(3), null,
                "1. Dowóz do klubów seniora\n2. Transport na żądanie", null, 20, PROGRAMME,
                List.of(new StudyVisit("Gminny bus na żądanie (demo)", null))), MODERATOR);
        for (int i = 1; i <= 8; i++) {
            String email = "uczestnik" + i + ".demo@example.pl";
            String unit = UNITS.get(i % UNITS.size());
            meetings.registerDemo(first, email, "Uczestnik " + i + " (demo)", unit, true);
            if (i % 2 == 0) {
                meetings.registerDemo(second, email, "Uczestnik " + i + " (demo)", unit, true);
            }
            if (i <= 3) {
                meetings.registerDemo(workshop, email, "Uczestnik " + i + " (demo)", unit, true);
            }
        }
        practices.findByExternalId("demo-001").ifPresent(p -> meetings.linkPracticeDemo(first, p.practiceId()));
        byte[] pdf = presentation();
        var stored = documents.store("prezentacja-uslugi-opiekuncze-demo.pdf", new ByteArrayInputStream(pdf));
        meetings.addMaterialDemo(first, stored, MODERATOR);
        workshopCycle(today);
        return group;
    }

    /** The strategic-management workshop cycle: Łódź (with the demonstration strategy) and two rural gminas. */
    long workshopCycle(LocalDate today) {
        long cycle = groups.createDemo(new GroupParams(WORKSHOP_CYCLE, GroupKind.THEMATIC, null,
                "Monitorowanie strategii rozwoju: cele, wskaźniki, ścieżka do wartości docelowej; porównanie "
                        + "z grupą porównawczą.", List.of("ROZWOJ_GOSPODARCZY"), PROGRAMME, today.minusMonths(3),
                today.plusMonths(9), true), MODERATOR);
        for (String unit : List.of(STRATEGY_UNIT, UNITS.get(0), UNITS.get(1))) {
            addUnit(cycle, unit);
        }
        meetings.planDemo(new MeetingParams(cycle, "Warsztat 2: wskaźniki celów strategicznych (demo)",
                MeetingKind.WORKSHOP, MeetingMode.ONLINE, at(today.plusDays(45), 10), at(today.plusDays(45), 14), null,
                null, "1. Dobór wskaźników do celów\n2. Wartość bazowa i docelowa\n3. Ścieżka i tolerancja", null, 30,
                PROGRAMME, List.of()), MODERATOR);
        return cycle;
    }

    private void addUnit(long group, String unit) {
        groups.addUnitDemo(group, unit);
    }

    private static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0));
    }

    /** A one-page PDF presentation (demonstration data). */
    static byte[] presentation() {
        return DemoDocuments.onePagePdf("Uslugi opiekuncze w gminach wiejskich - prezentacja (dane demonstracyjne)");
    }
}
