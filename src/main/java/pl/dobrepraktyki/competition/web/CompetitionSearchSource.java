package pl.dobrepraktyki.competition.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.competition.Edition;
import pl.dobrepraktyki.search.IndexedContent;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.search.SearchSource;

/**
 * Competition editions whose name or theme match a search, listed on the search page: found in their
 * own index ({@link IndexedContent}), the latest year first.
 */
@Component
class CompetitionSearchSource implements SearchSource {

    private final SearchService search;

    CompetitionSearchSource(SearchService search) {
        this.search = search;
    }

    @Bean
    static IndexedContent<Edition> editionIndex() {
        return new IndexedContent<>(Edition.class, "competition_edition",
                e -> IndexedContent.words(e.getName(), e.getTheme()), e -> (long) e.getYear() << 32 | e.getId(),
                List.of("name", "theme", "year"));
    }


    @Override
    public String headingKey() {
        return "competition.list.title";
    }

    @Override
    public String kind() {
        return "konkursy";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public long count(String text) {
        return search.countContent(Edition.class, text, null);
    }

    @Override
    public List<Match> find(String text, Locale locale, int limit) {
        return search.findContent(Edition.class, text, limit).stream()
                .map(e -> new Match(e.getName(), "/konkursy/" + e.getId(), e.getTheme())).toList();
    }
}
