package pl.dobrepraktyki.competition.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.search.SearchSource;

/** Competition editions whose name or theme match a search, listed on the search page. */
@Component
class CompetitionSearchSource implements SearchSource {

    private final CompetitionService competitions;

    CompetitionSearchSource(CompetitionService competitions) {
        this.competitions = competitions;
    }

    @Override
    public String headingKey() {
        return "competition.list.title";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Match> find(String text, Locale locale, int limit) {
        return competitions.editions().stream()
                .filter(e -> SearchSource.matchesAllWords(text, e.getName(), e.getTheme()))
                .limit(limit).map(e -> new Match(e.getName(), "/konkursy/" + e.getId(), e.getTheme())).toList();
    }
}
