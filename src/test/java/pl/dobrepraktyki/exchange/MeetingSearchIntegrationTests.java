package pl.dobrepraktyki.exchange;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.search.SearchSource;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Meetings are found on the search page from their own index, not by reading every meeting: with
 * 10,000 generated meetings a search loads from the database only the few it shows, finds a meeting
 * by its words in another form and without Polish letters, lists the newest first, and follows a
 * meeting's change of title. It runs in the shared context (on PostgreSQL a second context would share
 * the database, and its outbox agent would index the other context's changes into its own index): Hibernate's
 * statistics are switched on only while counting, and the generated meetings are removed afterwards.
 */
@IntegrationTest
class MeetingSearchIntegrationTests {

    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final int MEETINGS = 10_000;
    private static final String[] SUBJECTS = { "Budżet obywatelski", "Gospodarka odpadami", "Transport publiczny",
            "Pomoc społeczna", "Efektywność energetyczna", "Rewitalizacja", "Cyfryzacja urzędu", "Oświata" };

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    @Qualifier("exchangeMeetingSearch")
    SearchSource meetingsFound;

    @Autowired
    MeetingService meetings;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @AfterEach
    void removeGeneratedMeetings() throws InterruptedException {
        if (jdbc.update("delete from meeting where organiser = 'generator@example.org'") > 0) {
            Search.mapping(entityManagerFactory).scope(Meeting.class).massIndexer().startAndWait();
        }
    }

    @Test
    void aSearchAmongTenThousandMeetingsLoadsOnlyTheMeetingsItShowsTheNewestFirst() throws InterruptedException {
        LocalDateTime start = LocalDateTime.of(2020, 1, 6, 10, 0);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < MEETINGS; i++) {
            LocalDateTime at = start.plusDays(i % 2000).plusHours(i % 7);
            String title = SUBJECTS[i % SUBJECTS.length] + " — spotkanie " + i;
            rows.add(new Object[] { i == 4321 ? "Wizyta studyjna w Żółkiewce: sołectwa i fundusz" : title,
                    Timestamp.valueOf(at), Timestamp.valueOf(at.plusHours(4)), "Sala " + (i % 40) });
        }
        jdbc.batchUpdate("insert into meeting (title, kind, mode, starts_at, ends_at, place, organiser, created_at)"
                + " values (?, 'WORKSHOP', 'ON_SITE', ?, ?, ?, 'generator@example.org', current_timestamp)", rows);
        // rows written past the application are indexed by a rebuild, as after an import
        Search.mapping(entityManagerFactory).scope(Meeting.class).massIndexer().startAndWait();
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            List<SearchSource.Match> found = meetingsFound.find("zolkiewka solectwo", POLISH, 5);
            assertThat(found).extracting(SearchSource.Match::label)
                    .containsExactly("Wizyta studyjna w Żółkiewce: sołectwa i fundusz");
            assertThat(statistics.getEntityLoadCount()).as("meetings loaded from the database")
                    .isLessThanOrEqualTo(1);

            statistics.clear();
            List<SearchSource.Match> waste = meetingsFound.find("gospodarki odpadow", POLISH, 5);
            assertThat(waste).hasSize(5).allSatisfy(m -> assertThat(m.label()).startsWith("Gospodarka odpadami"));
            assertThat(statistics.getEntityLoadCount()).as("meetings loaded from the database")
                    .isLessThanOrEqualTo(5);
            // the newest first: the latest days of the generated ones (day index 1999, 1998, … of subject 1)
            List<LocalDateTime> days = waste.stream().map(m -> jdbc.queryForObject(
                    "select starts_at from meeting where id = ?", Timestamp.class,
                    Long.valueOf(m.url().substring(m.url().lastIndexOf('/') + 1))).toLocalDateTime()).toList();
            assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(days.get(0)).isAfter(start.plusDays(1990));
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void aMeetingIsFoundByItsNewTitleOnceChanged() {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        LocalDateTime nextMonth = meetings.now().plusMonths(1);
        long id = meetings.plan(ExchangeFixtures.meeting(null, "Warsztat o jeżowych ścieżkach", nextMonth, 20,
                MeetingKind.WORKSHOP), moderator);
        await().atMost(Duration.ofSeconds(60)).until(() -> !meetingsFound.find("jezowe sciezki", POLISH, 5)
                .isEmpty());

        MeetingParams renamed = ExchangeFixtures.meeting(null, "Warsztat o borsuczych ścieżkach", nextMonth, 20,
                MeetingKind.WORKSHOP);
        meetings.update(id, meetings.meeting(id, moderator).version(), renamed, moderator);

        await().atMost(Duration.ofSeconds(60)).until(() -> meetingsFound.find("jezowe sciezki", POLISH, 5)
                .isEmpty());
        assertThat(meetingsFound.find("borsucze ścieżki", POLISH, 5)).extracting(SearchSource.Match::url)
                .containsExactly("/spotkania/" + id);
    }
}
