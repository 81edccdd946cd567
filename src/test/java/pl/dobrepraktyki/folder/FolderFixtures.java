package pl.dobrepraktyki.folder;

import java.util.UUID;

import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;

/** Test data for the folder: published practices with unique titles. */
final class FolderFixtures {

    private FolderFixtures() {
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static PracticeSnapshot published(ApplicationContext context, String title) {
        PracticeService practices = context.getBean(PracticeService.class);
        String official = TestAccounts.activeOf(context, PracticeContents.LODZ, Role.OFFICIAL);
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete().title(title).build(), official);
        practices.submit(draft.practiceId(), official);
        return practices.publish(draft.practiceId(), TestAccounts.active(context, Role.EDITOR));
    }

    static PracticeSnapshot draft(ApplicationContext context, String title) {
        PracticeService practices = context.getBean(PracticeService.class);
        String official = TestAccounts.activeOf(context, PracticeContents.LODZ, Role.OFFICIAL);
        return practices.createDraft(PracticeContents.complete().title(title).build(), official);
    }
}
