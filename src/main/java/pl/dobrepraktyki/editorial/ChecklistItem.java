package pl.dobrepraktyki.editorial;

import java.util.List;

/**
 * One part of the methodology checklist: filled or missing, and for a missing part the message
 * keys of what is missing ({@code catalog.missing.*} or {@code editorial.missing.*}).
 */
public record ChecklistItem(MethodologyPart part, boolean filled, List<String> missing) {

    public ChecklistItem {
        missing = List.copyOf(missing);
    }
}
