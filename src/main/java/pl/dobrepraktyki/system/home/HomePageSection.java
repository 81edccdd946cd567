package pl.dobrepraktyki.system.home;

import java.util.Locale;
import java.util.Map;

/**
 * A list that a feature module shows on the home page (the latest news, open calls, upcoming meetings):
 * a bean of the module. The home page shows the sections that have something to show, in {@link #order()}.
 */
public interface HomePageSection {

    /** The Thymeleaf fragment that renders the section, e.g. {@code "news/home-section :: section"}. */
    String template();

    /** Display order among the sections (lower first). */
    default int order() {
        return 100;
    }

    /**
     * The values the fragment reads (as {@code section.model}); an empty map means the section has
     * nothing to show now and is left out.
     */
    Map<String, Object> model(Locale locale);
}
