package pl.dobrepraktyki.competition;

import java.util.List;

import pl.dobrepraktyki.catalog.PracticeContent;

/**
 * What an official writes in an entry: the practice description (lead unit and section are set by
 * the competition) and the answers to the edition's questions, in their order.
 */
public record EntryDraft(PracticeContent content, List<String> answers) {

    public EntryDraft {
        answers = answers == null ? List.of()
                : answers.stream().map(a -> a == null || a.isBlank() ? "" : a.strip()).toList();
    }
}
