package pl.dobrepraktyki.folder.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.PracticePageSection;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.folder.FolderService;

/**
 * On the page of a public practice: "Zapisz w teczce" (or, once saved, a link to the folder and "Usuń z
 * teczki"). Anonymous visitors get a plain link that passes through the login page and comes back.
 */
@Component
@Order(5)
class FolderPracticeSection implements PracticePageSection {

    private final FolderService folder;

    FolderPracticeSection(FolderService folder) {
        this.folder = folder;
    }

    @Override
    public String template() {
        return "folder/practice-section :: section";
    }

    @Override
    public Map<String, Object> model(PracticeSnapshot practice, String actor) {
        if (!practice.status().isPublic()) {
            return Map.of();
        }
        return model(practice.practiceId(), actor, false);
    }

    /** What the fragment reads; {@code changed} announces the result of a save or removal (htmx swap). */
    Map<String, Object> model(long practiceId, String actor, boolean changed) {
        Map<String, Object> model = new HashMap<>();
        model.put("practiceId", practiceId);
        model.put("loggedIn", actor != null);
        model.put("entryId", actor == null ? null : folder.entryFor(practiceId, actor).orElse(null));
        model.put("changed", changed);
        return model;
    }
}
