package pl.dobrepraktyki.localgov;

import java.util.Map;

/**
 * A part of the unit page ({@code /jst/{teryt}}) that another module contributes, so that localgov
 * shows e.g. a unit's practices without depending on the module that owns them. Beans of this type
 * are collected by the unit page in their {@link org.springframework.core.annotation.Order order}.
 */
public interface UnitPageSection {

    /** The Thymeleaf fragment that renders the section, e.g. {@code "catalog/unit-section :: section"}. */
    String template();

    /**
     * The values the fragment reads (as {@code section.model}) for this unit; an empty map means
     * the section has nothing to show for the unit.
     */
    Map<String, Object> model(LocalGovernment unit);

    /**
     * {@code false} for a section that only offers an action about the unit (e.g. follow it): when no
     * other section shows anything, the page still says that there is nothing about the unit yet.
     */
    default boolean isContent() {
        return true;
    }
}
