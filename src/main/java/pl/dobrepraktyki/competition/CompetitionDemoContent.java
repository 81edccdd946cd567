package pl.dobrepraktyki.competition;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
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
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.catalog.Award;
import pl.dobrepraktyki.catalog.CompetitionAward;
import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.catalog.Result;
import pl.dobrepraktyki.competition.internal.EditionRepository;
import pl.dobrepraktyki.competition.internal.EntryRepository;
import pl.dobrepraktyki.competition.internal.JuryAssignmentRepository;
import pl.dobrepraktyki.competition.internal.ScorecardRepository;
import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.system.cli.CommandLine;

/**
 * Demonstration content of the competition, written by the team and marked {@code demo}: a finished
 * edition (2025) with scored entries, results and the laureates' practices published in the base,
 * and an edition whose call is open at first start. Loaded at first start when there is no edition;
 * off with {@code bdp.demo-content=false}. The units are real, the entries are not.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = CommandLine.CLI_PROPERTY, havingValue = "false", matchIfMissing = true)
class CompetitionDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CompetitionDemoContent.class);
    private static final String JUROR_1 = "jury-demo-1@dobrepraktyki.local";
    private static final String JUROR_2 = "jury-demo-2@dobrepraktyki.local";

    private final EditionRepository editions;
    private final EntryRepository entries;
    private final ScorecardRepository scorecards;
    private final JuryAssignmentRepository assignments;
    private final PracticeService practices;
    private final LocalGovernmentService units;
    private final Clock clock;
    private final boolean enabled;

    CompetitionDemoContent(EditionRepository editions, EntryRepository entries, ScorecardRepository scorecards,
            JuryAssignmentRepository assignments, PracticeService practices, LocalGovernmentService units, Clock clock,
            @Value("${bdp.demo-content:true}") boolean enabled) {
        this.editions = editions;
        this.entries = entries;
        this.scorecards = scorecards;
        this.assignments = assignments;
        this.practices = practices;
        this.units = units;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || editions.count() > 0 || units.count() == 0) {
            return;
        }
        finishedEdition();
        openEdition();
        log.info("Konkurs: 2 edycje demonstracyjne (zakończona z wynikami i z otwartym naborem)");
    }

    private void finishedEdition() {
        EditionSpec spec = new EditionSpec("Samorządowy Lider Zarządzania 2025 (edycja demonstracyjna)", 2025,
                "Usługi społeczne: rozwiązania zarządcze w kulturze, pomocy społecznej, ochronie zdrowia, oświacie "
                        + "oraz sporcie i rekreacji.",
                "USLUGI_SPOLECZNE", List.of("KULTURA", "POMOC_SPOLECZNA", "OCHRONA_ZDROWIA", "OSWIATA",
                        "SPORT_I_REKREACJA"),
                null, null, LocalDateTime.of(2025, 2, 3, 9, 0), LocalDateTime.of(2025, 4, 8, 23, 59), null, 5, 6, 3, 1,
                1, 2, "Związek Miast Polskich, Związek Powiatów Polskich, Związek Gmin Wiejskich RP", "POKL_5_2",
                List.of("Jak mieszkańcy ocenili zmianę?"));
        Edition edition = editions.save(new Edition(spec, PracticeService.SYSTEM, clock.instant(), true));
        for (String juror : List.of(JUROR_1, JUROR_2)) {
            edition.getCategories().forEach(c -> assignments.save(new JuryAssignment(edition.getId(), juror, c)));
        }
        Instant submitted = LocalDateTime.of(2025, 4, 2, 12, 0).atZone(EditionSpec.ZONE).toInstant();
        Instant evaluated = LocalDateTime.of(2025, 5, 20, 12, 0).atZone(EditionSpec.ZONE).toInstant();
        Instant published = LocalDateTime.of(2025, 6, 25, 12, 0).atZone(EditionSpec.ZONE).toInstant();
        List<DemoEntry> demo = List.of(
                new DemoEntry("1020092", "Wiejskie kluby seniora prowadzone przez sołectwa",
                        "Sołectwa prowadzą kluby seniora w świetlicach wiejskich, gmina zapewnia opiekuna i transport.",
                        "POMOC_SPOLECZNA", "SPOLECZNA", "Liczba seniorów w zajęciach co tydzień", "35", "190",
                        Award.LAUREATE, List.of(5, 5, 4, 5, 4), List.of(4, 5, 4, 4, 5)),
                new DemoEntry("1020062", "Gminna wypożyczalnia sprzętu rehabilitacyjnego",
                        "Mieszkańcy wypożyczają łóżka, wózki i balkoniki na czas rehabilitacji, bez opłat.",
                        "OCHRONA_ZDROWIA", "ORGANIZACYJNA", "Czas oczekiwania na sprzęt (dni)", "21", "2",
                        Award.FINALIST, List.of(4, 4, 4, 3, 4), List.of(3, 4, 4, 4, 3)),
                new DemoEntry("1020083", "Szkoła otwarta po lekcjach",
                        "Szkoła podstawowa jest po południu domem kultury: zajęcia dla dzieci, dorosłych i seniorów.",
                        "OSWIATA", "ORGANIZACYJNA", "Osoby korzystające z zajęć popołudniowych", "60", "420",
                        Award.LAUREATE, List.of(5, 4, 5, 4, 5), List.of(4, 4, 5, 4, 4)),
                new DemoEntry("1061011", "Miejska karta sportowa dla dzieci i młodzieży",
                        "Jedna karta daje uczniom bezpłatny wstęp na pływalnie, lodowisko i zajęcia klubów sportowych.",
                        "SPORT_I_REKREACJA", "IT", "Uczniowie korzystający z obiektów co miesiąc", "4 100", "11 800",
                        Award.LAUREATE, List.of(4, 5, 4, 5, 5), List.of(5, 5, 4, 4, 5)),
                new DemoEntry("1020", "Powiatowe centrum usług opiekuńczych",
                        "Jeden punkt kontaktu dla rodzin osób niesamodzielnych: opieka wytchnieniowa, sprzęt, porady.",
                        "POMOC_SPOLECZNA", "ORGANIZACYJNA", "Rodziny objęte opieką wytchnieniową", "0", "140",
                        Award.LAUREATE, List.of(5, 4, 4, 5, 4), List.of(4, 5, 4, 5, 4)),
                new DemoEntry("1020021", "Biblioteka z dostawą książek do domu",
                        "Bibliotekarze i wolontariusze dowożą książki osobom, które nie wychodzą z domu.",
                        "KULTURA", "SPOLECZNA", "Czytelnicy obsługiwani w domu", "0", "85",
                        Award.DISTINCTION, List.of(4, 4, 3, 4, 4), List.of(4, 3, 4, 4, 4)));
        int n = 0;
        for (DemoEntry d : demo) {
            n++;
            LocalGovernment unit = units.findByCode(d.teryt()).orElse(null);
            if (unit == null) {
                continue;
            }
            PracticeContent content = content(d, unit.getTeryt());
            Entry entry = new Entry(edition.getId(), unit.getTeryt(), unit.getSizeCategory(), content,
                    List.of("Ankieta wśród uczestników: ponad 80% ocen dobrych i bardzo dobrych."),
                    PracticeService.SYSTEM, submitted);
            entry.submit(submitted);
            entry.accept(submitted);
            entry.award(d.award(), evaluated);
            if (d.award() == Award.LAUREATE || d.award() == Award.DISTINCTION) {
                long practiceId = practices.importPractice("demo-slz-2025-" + n, content, PracticeStatus.PUBLISHED,
                        LocalDate.of(2025, 7, 15), true, PracticeService.SYSTEM, new CompetitionAward(edition.getId(),
                                edition.getName(), edition.getYear(), d.award(), unit.getSizeCategory()))
                        .practiceId();
                entry.becamePractice(practiceId);
            }
            entry = entries.save(entry);
            for (String juror : List.of(JUROR_1, JUROR_2)) {
                List<Integer> values = juror.equals(JUROR_1) ? d.scores1() : d.scores2();
                Scorecard card = new Scorecard(entry.getId(), juror);
                card.write(values.stream().map(v -> new Score(v, "Ocena demonstracyjna.")).toList(), values.size(), 5,
                        true, evaluated);
                scorecards.save(card);
            }
        }
        edition.publishResults(published);
        editions.save(edition);
    }

    private void openEdition() {
        LocalDate today = LocalDate.now(clock.withZone(EditionSpec.ZONE));
        EditionSpec spec = new EditionSpec("Samorządowy Lider Zarządzania " + today.getYear()
                + " (edycja demonstracyjna)", today.getYear(),
                "Usługi techniczne: gospodarka komunalna, transport, energetyka i ochrona środowiska.",
                "USLUGI_TECHNICZNE", List.of("GOSPODARKA_KOMUNALNA", "TRANSPORT", "ENERGETYKA", "OCHRONA_SRODOWISKA"),
                null, null, today.minusDays(14).atTime(9, 0), today.plusDays(60).atTime(LocalTime.of(23, 59)), null, 5,
                6, 5, 1, 2, 2, "Związek Miast Polskich, Związek Powiatów Polskich, Związek Gmin Wiejskich RP", null,
                List.of("Jakie koszty utrzymania rozwiązania ponosi jednostka co roku?"));
        editions.save(new Edition(spec, PracticeService.SYSTEM, clock.instant(), true));
    }

    private static PracticeContent content(DemoEntry d, String teryt) {
        return new PracticeContent(d.title(), d.summary() + " (Opis demonstracyjny przygotowany przez zespół.)", teryt,
                List.of(), List.of(), "USLUGI_SPOLECZNE", List.of(d.area()), List.of(d.type()), List.of("konkurs SLZ"),
                2023, LocalDate.of(2023, 3, 1), null, true,
                "Mieszkańcy zgłaszali, że usługa jest trudno dostępna, a jednostka nie miała jednego sposobu jej organizacji.",
                "Udostępnić usługę wszystkim potrzebującym w ciągu roku i zmierzyć, ile osób z niej korzysta.",
                "1. Analiza potrzeb z mieszkańcami.\n2. Porozumienie z partnerami i podział zadań.\n"
                        + "3. Pilotaż w jednej miejscowości, potem w całej jednostce.\n4. Coroczna ocena i poprawki.",
                new BigDecimal("85000.00"), "Budżet jednostki, dotacja celowa.", "Koordynator w urzędzie i partnerzy.",
                null, List.of(new Result(d.indicator(), d.before(), d.after(), LocalDate.of(2024, 12, 31))), null,
                "Najtrudniejsze było przekonanie partnerów do wspólnego harmonogramu; warto zacząć od pilotażu.",
                "Wymaga koordynatora i porozumienia z partnerami; pasuje do jednostek każdej wielkości.", List.of(),
                List.of(), new Contact("Sekretariat urzędu", null, "sekretariat@example.pl", null, false, null),
                List.of(), "KONKURS", "POKL_5_2");
    }

    private record DemoEntry(String teryt, String title, String summary, String area, String type, String indicator,
            String before, String after, Award award, List<Integer> scores1, List<Integer> scores2) {
    }
}
