package pl.dobrepraktyki.exchange;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import pl.dobrepraktyki.search.SearchSource;

/** Groups and meetings whose words match a search, listed on the search page beside the practices. */
@Configuration(proxyBeanMethods = false)
class ExchangeSearchSources {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.MM.yyyy");

    @Bean
    SearchSource exchangeGroupSearch(ExchangeGroupRepository groups, TransactionTemplate transactions) {
        return new SearchSource() {
            @Override
            public String headingKey() {
                return "exchange.groups.title";
            }

            @Override
            public int order() {
                return 30;
            }

            @Override
            public List<Match> find(String text, Locale locale, int limit) {
                return transactions.execute(status -> groups.findAllByOrderByStartDateDescNameAsc().stream()
                        .filter(g -> SearchSource.matchesAllWords(text, g.getName(), g.getTopic()))
                        .limit(limit).map(g -> new Match(g.getName(), "/grupy/" + g.getId(), g.getTopic()))
                        .toList());
            }
        };
    }

    @Bean
    SearchSource exchangeMeetingSearch(MeetingRepository meetings, TransactionTemplate transactions) {
        return new SearchSource() {
            @Override
            public String headingKey() {
                return "exchange.meetings.title";
            }

            @Override
            public int order() {
                return 40;
            }

            @Override
            public List<Match> find(String text, Locale locale, int limit) {
                return transactions.execute(status -> meetings.findAll().stream()
                        .filter(m -> SearchSource.matchesAllWords(text, m.getTitle(), m.getAgenda(), m.getPlace(),
                                String.join(" ", m.getStudyVisits().stream().map(v -> v.institution() + " " + v.description()).toList())))
                        .sorted(Comparator.comparing(Meeting::getStartsAt).reversed()).limit(limit)
                        .map(m -> new Match(m.getTitle(), "/spotkania/" + m.getId(),
                                DAY.format(m.getStartsAt()) + (m.getPlace() == null ? "" : ", " + m.getPlace())))
                        .toList());
            }
        };
    }
}
