package pl.dobrepraktyki.exchange;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import pl.dobrepraktyki.search.IndexedContent;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.search.SearchSource;

/**
 * Groups and meetings whose words match a search, listed on the search page beside the practices:
 * found in their own indexes ({@link IndexedContent}), the newest first.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeSearchSources {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.MM.yyyy");

    @Bean
    static IndexedContent<ExchangeGroup> exchangeGroupIndex() {
        // the latest start first, as the list of groups
        return new IndexedContent<>(ExchangeGroup.class, "exchange_group", g -> IndexedContent.words(g.getName(), g.getTopic()),
                g -> g.getStartDate() == null ? Long.MIN_VALUE : g.getStartDate().toEpochDay(),
                List.of("name", "topic", "startDate"));
    }

    @Bean
    static IndexedContent<Meeting> meetingIndex() {
        return new IndexedContent<>(Meeting.class, "meeting", m -> IndexedContent.words(m.getTitle(), m.getAgenda(), m.getPlace(),
                String.join(" ", m.getStudyVisits().stream().map(v -> IndexedContent.words(v.institution(), v.description())).toList())),
                m -> m.getStartsAt() == null ? Long.MIN_VALUE : m.getStartsAt().toEpochSecond(ZoneOffset.UTC),
                List.of("title", "agenda", "place", "studyVisits", "startsAt"));
    }


    @Bean
    SearchSource exchangeGroupSearch(SearchService search) {
        return new SearchSource() {
            @Override
            public String headingKey() {
                return "exchange.groups.title";
            }

            @Override
            public String kind() {
                return "grupy";
            }

            @Override
            public int order() {
                return 30;
            }

            @Override
            public long count(String text) {
                return search.countContent(ExchangeGroup.class, text, null);
            }

            @Override
            public List<Match> find(String text, Locale locale, int limit) {
                return search.findContent(ExchangeGroup.class, text, limit).stream()
                        .map(g -> new Match(g.getName(), "/grupy/" + g.getId(), g.getTopic())).toList();
            }
        };
    }

    @Bean
    SearchSource exchangeMeetingSearch(SearchService search) {
        return new SearchSource() {
            @Override
            public String headingKey() {
                return "exchange.meetings.title";
            }

            @Override
            public String kind() {
                return "spotkania";
            }

            @Override
            public int order() {
                return 40;
            }

            @Override
            public long count(String text) {
                return search.countContent(Meeting.class, text, null);
            }

            @Override
            public List<Match> find(String text, Locale locale, int limit) {
                return search.findContent(Meeting.class, text, limit).stream()
                        .map(m -> new Match(m.getTitle(), "/spotkania/" + m.getId(),
                                DAY.format(m.getStartsAt()) + (m.getPlace() == null ? "" : ", " + m.getPlace())))
                        .toList();
            }
        };
    }
}
