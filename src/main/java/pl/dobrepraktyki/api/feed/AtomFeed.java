package pl.dobrepraktyki.api.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One Atom 1.0 feed (RFC 4287) as the feeds of the platform write it with Rome: the feed's id, title, self
 * and alternate links, a feed-level author, and entries, each with a stable id, a title, {@code updated},
 * an alternate link to its public page and a plain-text summary (text, never user HTML). {@code updated}
 * of the feed is the newest entry's, or {@code emptyUpdated} for an empty feed.
 */
final class AtomFeed {

    /** {@code application/atom+xml;charset=UTF-8}. */
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    /**
     * The authority and date of the entries' and feeds' tag URIs (RFC 4151): ids stay the same whatever
     * address or scheme the site is reached by.
     */
    static final String TAG = "tag:dobrepraktyki.pl,2026:";

    /** One entry: {@code key} completes its tag URI; {@code published} may be {@code null}. */
    record Item(String key, String title, String link, String summary, String author, Instant updated,
            Instant published) {
    }

    private AtomFeed() {
    }

    static ResponseEntity<String> respond(String key, String title, String selfLink, String alternateLink,
            String author, List<Item> items, Instant emptyUpdated) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(TAG + key);
        feed.setTitle(title);
        feed.setOtherLinks(List.of(link("self", ATOM.getType() + "/" + ATOM.getSubtype(), selfLink)));
        feed.setAlternateLinks(List.of(link("alternate", MediaType.TEXT_HTML_VALUE, alternateLink)));
        feed.setAuthors(List.of(person(author)));
        feed.setUpdated(Date.from(items.stream().map(Item::updated).max(Comparator.naturalOrder())
                .orElse(emptyUpdated)));
        List<Entry> entries = new ArrayList<>();
        for (Item item : items) {
            Entry entry = new Entry();
            entry.setId(TAG + item.key());
            entry.setTitle(item.title());
            entry.setUpdated(Date.from(item.updated()));
            if (item.published() != null) {
                entry.setPublished(Date.from(item.published()));
            }
            entry.setAlternateLinks(List.of(link("alternate", MediaType.TEXT_HTML_VALUE, item.link())));
            if (item.summary() != null && !item.summary().isBlank()) {
                Content summary = new Content();
                summary.setType(Content.TEXT);
                summary.setValue(item.summary().strip());
                entry.setSummary(summary);
            }
            if (item.author() != null && !item.author().isBlank()) {
                entry.setAuthors(List.of(person(item.author())));
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        String xml;
        try {
            xml = new WireFeedOutput().outputString(feed);
        }
        catch (FeedException e) {
            throw new IllegalStateException("Atom feed " + key + " could not be written", e);
        }
        return ResponseEntity.ok().contentType(ATOM).body(xml);
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Person person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }
}
