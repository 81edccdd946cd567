package pl.dobrepraktyki.news;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.competition.CompetitionNotFoundException;
import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.exchange.GroupNotFoundException;
import pl.dobrepraktyki.exchange.GroupService;
import pl.dobrepraktyki.exchange.MeetingNotFoundException;
import pl.dobrepraktyki.exchange.MeetingService;

/**
 * The platform pages an article may be about, given as their addresses: a public practice
 * ({@code /praktyki/12}), a competition edition ({@code /konkursy/3}), an exchange group ({@code /grupy/3}) or a
 * meeting ({@code /spotkania/7}). A full address of the platform ({@code https://…/praktyki/12}) is accepted too.
 */
@Component
class ArticleLinks {

    private static final Pattern PATH = Pattern.compile("/(praktyki|konkursy|grupy|spotkania)/(\\d{1,18})");

    private final PracticeService practices;
    private final CompetitionService competition;
    private final GroupService groups;
    private final MeetingService meetings;

    ArticleLinks(PracticeService practices, CompetitionService competition, GroupService groups,
            MeetingService meetings) {
        this.practices = practices;
        this.competition = competition;
        this.groups = groups;
        this.meetings = meetings;
    }

    /** The address as stored ({@code /grupy/3}), or {@code null} when it is not one of the four shapes. */
    static String normalise(String address) {
        String path = address.strip();
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        int end = indexOfAny(path, '?', '#');
        if (end >= 0) {
            path = path.substring(0, end);
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Matcher m = PATH.matcher(path);
        return m.matches() ? "/" + m.group(1) + "/" + Long.parseLong(m.group(2)) : null;
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** The page's title and kind, or empty when there is no such public page. */
    Optional<ArticleView.LinkedItem> resolve(String path) {
        String normal = normalise(path);
        if (normal == null) {
            return Optional.empty();
        }
        String[] parts = normal.split("/");
        long id = Long.parseLong(parts[2]);
        return switch (parts[1]) {
            case "praktyki" -> practices.findPublished(id)
                    .map(p -> new ArticleView.LinkedItem(normal, p.content().title(), "news.link.practice"));
            case "konkursy" -> edition(normal, id);
            case "grupy" -> group(normal, id);
            default -> meeting(normal, id);
        };
    }

    private Optional<ArticleView.LinkedItem> edition(String path, long id) {
        try {
            return Optional.of(new ArticleView.LinkedItem(path, competition.edition(id).getName(), "news.link.edition"));
        }
        catch (CompetitionNotFoundException e) {
            return Optional.empty();
        }
    }

    private Optional<ArticleView.LinkedItem> group(String path, long id) {
        try {
            return Optional.of(new ArticleView.LinkedItem(path, groups.group(id, null).name(), "news.link.group"));
        }
        catch (GroupNotFoundException e) {
            return Optional.empty();
        }
    }

    private Optional<ArticleView.LinkedItem> meeting(String path, long id) {
        try {
            return Optional.of(new ArticleView.LinkedItem(path, meetings.meeting(id, null).summary().title(),
                    "news.link.meeting"));
        }
        catch (MeetingNotFoundException e) {
            return Optional.empty();
        }
    }
}
