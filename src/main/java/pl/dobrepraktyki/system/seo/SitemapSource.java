package pl.dobrepraktyki.system.seo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Public pages of one kind for the sitemap (e.g. every published practice). A module that has public
 * pages declares a bean; {@code /sitemap.xml} lists its parts and {@code /sitemap/<name>-<n>.xml}
 * pages through it.
 */
public interface SitemapSource {

    /** The part's name in addresses: lower-case letters and dashes, e.g. {@code praktyki}. */
    String name();

    /** How many addresses there are now. */
    long count();

    /** Up to {@code limit} addresses from {@code offset}, in a stable order. */
    List<Entry> entries(long offset, int limit);

    /**
     * A source for a few thousand pages at most, read whole on each request (groups, meetings, editions):
     * {@code all} gives them in a stable order.
     */
    static SitemapSource of(String name, Supplier<List<Entry>> all) {
        return new SitemapSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long count() {
                return all.get().size();
            }

            @Override
            public List<Entry> entries(long offset, int limit) {
                List<Entry> entries = all.get();
                int from = (int) Math.min(offset, entries.size());
                return List.copyOf(entries.subList(from, (int) Math.min((long) from + limit, entries.size())));
            }
        };
    }

    /** One public page: its path from the application's root ({@code /praktyki/12}) and when it last changed. */
    record Entry(String path, LocalDate lastModified) {
    }
}
