package pl.dobrepraktyki.catalog;

import java.util.Map;

/**
 * A part of the practice page ({@code /praktyki/{id}}) that another module contributes (e.g. the
 * meetings where the practice was presented), so that the catalog does not depend on that module.
 * Beans of this type are shown in their {@link org.springframework.core.annotation.Order order}.
 */
public interface PracticePageSection {

    /** The Thymeleaf fragment that renders the section, e.g. {@code "exchange/practice-section :: section"}. */
    String template();

    /**
     * The values the fragment reads (as {@code section.model}) for the practice as the person
     * ({@code actor}, {@code null} when not logged in) may see it; an empty map hides the section.
     */
    Map<String, Object> model(PracticeSnapshot practice, String actor);
}
