package pl.dobrepraktyki.folder;

import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AccountErased;
import pl.dobrepraktyki.accounts.PersonalDataContributor;

/** The folder's part of the GDPR tools: the saved practices and notes are exported, and erased with the person. */
@Component
class FolderPersonalData implements PersonalDataContributor {

    private final FolderService folder;

    FolderPersonalData(FolderService folder) {
        this.folder = folder;
    }

    /** A saved practice as exported. */
    record SavedPractice(long practiceId, String title, String note, Instant savedAt) {
    }

    @Override
    public String section() {
        return "folder";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String email) {
        List<SavedPractice> saved = folder.all(email).stream()
                .map(e -> new SavedPractice(e.getPracticeId(), e.getPracticeTitle(), e.getNote(), e.getSavedAt()))
                .toList();
        return java.util.Map.of("savedPractices", saved);
    }

    @EventListener
    @Transactional
    void on(AccountErased event) {
        folder.eraseAll(event.email());
    }
}
