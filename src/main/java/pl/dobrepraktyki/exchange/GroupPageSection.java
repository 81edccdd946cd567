package pl.dobrepraktyki.exchange;

import java.util.Map;

/**
 * A part of the group page ({@code /grupy/{id}}) that another module contributes (e.g. following the group),
 * so that exchange shows it without depending on the module that owns it. Beans of this type are collected
 * by the group page in their {@link org.springframework.core.annotation.Order order}.
 */
public interface GroupPageSection {

    /** The Thymeleaf fragment that renders the section, e.g. {@code "alerts/group-section :: section"}. */
    String template();

    /**
     * The values the fragment reads (as {@code section.model}) for this group; an empty map means the section
     * has nothing to show for it.
     */
    Map<String, Object> model(GroupView group);
}
