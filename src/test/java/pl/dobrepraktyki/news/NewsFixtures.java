package pl.dobrepraktyki.news;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;

/** Test data of the news: articles and published practices with unique titles. */
final class NewsFixtures {

    private NewsFixtures() {
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static ArticleContent content(String title) {
        return new ArticleContent(title, "Zajawka: " + title, "Treść **ważna** dla samorządów.", null, List.of());
    }

    static ArticleView draft(ApplicationContext context, ArticleKind kind, String title) {
        return context.getBean(NewsService.class).create(kind, content(title), TestAccounts.active(context, Role.EDITOR));
    }

    static ArticleView published(ApplicationContext context, ArticleKind kind, String title) {
        ArticleView draft = draft(context, kind, title);
        return context.getBean(NewsService.class).publish(draft.id(), draft.version(),
                TestAccounts.active(context, Role.EDITOR));
    }

    static PracticeSnapshot practice(ApplicationContext context, String title) {
        PracticeService practices = context.getBean(PracticeService.class);
        String official = TestAccounts.activeOf(context, PracticeContents.LODZ, Role.OFFICIAL);
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete().title(title).build(), official);
        practices.submit(draft.practiceId(), official);
        return practices.publish(draft.practiceId(), TestAccounts.active(context, Role.EDITOR));
    }
}
