package pl.dobrepraktyki.news;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.DemoDocuments;
import pl.dobrepraktyki.catalog.CheckedDocuments;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Edition;
import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.exchange.GroupSummary;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.exchange.MeetingSummary;
import pl.dobrepraktyki.system.cli.CommandLine;

/**
 * Demonstration articles recorded at first start (after the demonstration practices, groups and competition
 * editions, which they link to): three published news items, a guide with a small PDF, and the pages "O
 * platformie", "Partnerzy" and "Inne bazy dobrych praktyk". Every one is marked as demonstration content.
 * Off with {@code bdp.demo-content=false}.
 */
@Component
@Order(300)
@ConditionalOnProperty(name = CommandLine.CLI_PROPERTY, havingValue = "false", matchIfMissing = true)
class NewsDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NewsDemoContent.class);
    static final String EDITOR = "redakcja-demo@dobrepraktyki.local";

    private final NewsService news;
    private final PracticeService practices;
    private final CompetitionService competition;
    private final GroupService groups;
    private final MeetingService meetings;
    private final CheckedDocuments documents;
    private final boolean enabled;

    NewsDemoContent(NewsService news, PracticeService practices, CompetitionService competition, GroupService groups,
            MeetingService meetings, CheckedDocuments documents, @Value("${bdp.demo-content:true}") boolean enabled) {
        this.news = news;
        this.practices = practices;
        this.competition = competition;
        this.groups = groups;
        this.meetings = meetings;
        this.documents = documents;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && !news.hasDemo()) {
            load();
            log.info("Zapisano demonstracyjne aktualności, publikację i strony");
        }
    }

    void load() {
        String practice = practices.findByExternalId("demo-001").filter(p -> p.status().isPublic()).map(p -> "/praktyki/" + p.practiceId()).orElse(null);
        List<Edition> open = competition.openEditions();
        List<Edition> all = competition.editions();
        Edition edition = !open.isEmpty() ? open.get(0) : all.isEmpty() ? null : all.get(0);
        GroupSummary group = groups.groups().stream().findFirst().orElse(null);
        MeetingSummary meeting = group == null ? null : meetings.between(null, null).stream()
                .filter(m -> group.id() == (m.groupId() == null ? -1 : m.groupId())).findFirst().orElse(null);

        seed(ArticleKind.NEWS, new ArticleContent("Ruszyła Baza Dobrych Praktyk samorządów (demo)",
                "Gminy, powiaty i województwa mogą od dziś opisywać swoje rozwiązania i szukać sprawdzonych pomysłów "
                        + "innych samorządów w jednym miejscu.",
                """
                        Baza Dobrych Praktyk to wspólne przedsięwzięcie związków samorządowych. Każda praktyka jest \
                        opisana według tej samej metodyki: **problem, cele, rozwiązanie, koszty, rezultaty** \
                        i wnioski dla tych, którzy chcieliby ją przenieść do siebie.

                        Na start w bazie znalazły się opisy z konkursów i projektów ostatnich lat, między innymi \
                        usług opiekuńczych w gminach wiejskich. Zachęcamy urzędników do rejestracji i dodawania \
                        praktyk swoich jednostek.

                        *Tekst demonstracyjny.*""", null, present(practice)));

        if (edition != null) {
            seed(ArticleKind.NEWS, new ArticleContent("Nabór do konkursu „" + edition.getName() + "” (demo)",
                    "Samorządy mogą zgłaszać swoje praktyki do konkursu Samorządowy Lider Zarządzania. Zgłoszenia "
                            + "przyjmujemy przez platformę.",
                    """
                            Konkurs nagradza rozwiązania, które przyniosły mierzalne rezultaty. Zgłoszenie składa \
                            urzędnik jednostki po zalogowaniu: wypełnia opis praktyki według metodyki bazy \
                            i odpowiada na pytania edycji.

                            Jury oceni zgłoszenia według kryteriów opisanych na stronie edycji. Nagrodzone \
                            praktyki trafią do bazy z wyróżnieniem.

                            *Tekst demonstracyjny.*""", null, List.of("/konkursy/" + edition.getId())));
        }

        if (group != null) {
            List<String> links = new ArrayList<>(List.of("/grupy/" + group.id()));
            if (meeting != null) {
                links.add("/spotkania/" + meeting.id());
            }
            seed(ArticleKind.NEWS, new ArticleContent("Spotkanie grupy wymiany doświadczeń: " + group.name(),
                    "Członkowie grupy omówili usługi opiekuńcze i transport do usług; materiały ze spotkania są "
                            + "dostępne na jego stronie.",
                    """
                            Przedstawiciele gmin z grupy wymiany doświadczeń spotkali się, aby porównać, jak \
                            organizują usługi dla seniorów. Prezentacje i program spotkania są na stronie spotkania.

                            Kolejne spotkanie grupy poświęcimy transportowi do usług publicznych.

                            *Tekst demonstracyjny.*""", null, links));
        }

        Long guide = seed(ArticleKind.PUBLICATION, new ArticleContent(
                "Jak opisać dobrą praktykę: poradnik dla urzędników (demo)",
                "Krótki przewodnik po metodyce opisu praktyk: od problemu do rezultatów, z przykładami.",
                """
                        ### Dla kogo jest poradnik

                        Dla urzędników, którzy chcą opisać rozwiązanie swojej jednostki tak, aby inni mogli je \
                        zrozumieć i przenieść.

                        ### Co w nim znajdziesz

                        - jak sformułować problem i cele,
                        - jak opisać koszty i rezultaty mierzalnie,
                        - o czym pamiętać przy warunkach przeniesienia.

                        *Publikacja demonstracyjna.*""", null, present(practice)));
        if (guide != null) {
            CheckedDocuments.StoredDocument pdf = documents.store("poradnik-opis-praktyki-demo.pdf",
                    new ByteArrayInputStream(guidePdf()));
            news.addFileDemo(guide, pdf, EDITOR);
        }

        seed(ArticleKind.PAGE, new ArticleContent("O platformie",
                "Baza Dobrych Praktyk gromadzi opisy rozwiązań samorządów i pomaga się od siebie uczyć.",
                """
                        Platforma jest wspólnym przedsięwzięciem Związku Gmin Wiejskich RP, Związku Miast \
                        Polskich i Związku Powiatów Polskich. Obejmuje katalog praktyk, wyszukiwarkę, \
                        statystyki jednostek, grupy wymiany doświadczeń i konkurs.

                        *Strona demonstracyjna.*""", "o-platformie", List.of()));
        seed(ArticleKind.PAGE, new ArticleContent("Partnerzy",
                "Organizacje, które współtworzą bazę i jej treści.",
                """
                        - Związek Gmin Wiejskich RP
                        - Związek Miast Polskich
                        - Związek Powiatów Polskich

                        *Strona demonstracyjna.*""", "partnerzy", List.of()));
        seed(ArticleKind.PAGE, new ArticleContent("Inne bazy dobrych praktyk",
                "Gdzie jeszcze szukać sprawdzonych rozwiązań samorządowych.",
                """
                        - [Obserwatorium Polityki Miejskiej](https://obserwatorium.miasta.pl/)
                        - [Portal Samorządowy](https://www.portalsamorzadowy.pl/)
                        - [Eurocities](https://eurocities.eu/)

                        *Strona demonstracyjna.*""", "inne-bazy", List.of()));
    }

    /** Records one published demonstration article; one that cannot be (a page address taken) is skipped. */
    private Long seed(ArticleKind kind, ArticleContent content) {
        try {
            return news.seed(kind, content, true, EDITOR);
        }
        catch (ArticleValidationException e) {
            log.warn("Pomijam demonstracyjną treść „{}”: {}", content.title(), e.problems().keySet());
            return null;
        }
    }

    private static List<String> present(String path) {
        return path == null ? List.of() : List.of(path);
    }

    /** A one-page PDF guide (demonstration data). */
    static byte[] guidePdf() {
        return DemoDocuments.onePagePdf("Jak opisac dobra praktyke - poradnik (dane demonstracyjne)");
    }
}
