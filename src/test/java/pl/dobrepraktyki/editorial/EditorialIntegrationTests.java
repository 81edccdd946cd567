package pl.dobrepraktyki.editorial;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.editorial.internal.ReverificationJob;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.MailTestConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class EditorialIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    PracticeService practices;

    @Autowired
    EditorialService editorial;

    @Autowired
    ReverificationJob reverification;

    @Autowired
    GreenMail greenMail;

    String official;
    String editor;

    @BeforeEach
    void accounts() {
        official = TestAccounts.active(context, Role.OFFICIAL);
        editor = TestAccounts.active(context, Role.EDITOR);
    }

    private PracticeSnapshot submitted(PracticeContents content) {
        PracticeSnapshot draft = practices.createDraft(content.build(), official);
        return practices.submit(draft.practiceId(), official);
    }

    private PracticeSnapshot submitted() {
        return submitted(PracticeContents.complete().title("Praktyka " + UUID.randomUUID()));
    }

    private MockHttpServletRequestBuilder action(PracticeSnapshot p, String path, long version, String note) {
        MockHttpServletRequestBuilder request = post("/redakcja/praktyki/{id}/{path}", p.practiceId(), path)
                .param("version", String.valueOf(version)).with(csrf()).with(user(users.loadUserByUsername(editor)));
        return note == null ? request : request.param("note", note);
    }

    private PracticeSnapshot current(PracticeSnapshot p) {
        return practices.get(p.practiceId(), editor);
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getSubject() + "\n" + message.getContent();
    }

    @Test
    void requestingChangesKeepsTheNoteLogsItAndMailsTheOfficialsWithALink() throws Exception {
        PracticeSnapshot p = submitted();

        mvc.perform(action(p, "zmiany", p.version(), "Dodajcie koszty utrzymania punktu."))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/redakcja/praktyki/" + p.practiceId()))
                .andExpect(flash().attribute("flash", "editorial.done.requestChanges"));

        PracticeSnapshot after = current(p);
        assertThat(after.status()).isEqualTo(PracticeStatus.CHANGES_REQUESTED);
        assertThat(after.editorNote()).isEqualTo("Dodajcie koszty utrzymania punktu.");
        assertThat(editorial.log(p.practiceId())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(ReviewAction.REQUEST_CHANGES);
            assertThat(e.actor()).isEqualTo(editor);
            assertThat(e.note()).isEqualTo("Dodajcie koszty utrzymania punktu.");
            assertThat(e.versionSeen()).isEqualTo(p.version());
            assertThat(e.versionAfter()).isEqualTo(after.version());
        });
        List<MimeMessage> mail = MailTestConfiguration.mailTo(greenMail, official);
        assertThat(mail).hasSize(1);
        assertThat(text(mail.get(0))).contains("Redakcja prosi o poprawki", "Dodajcie koszty utrzymania punktu.",
                "http://localhost/praktyki/" + p.practiceId());
    }

    @Test
    void publishingMakesThePracticePublicAndMailsTheOfficials() throws Exception {
        PracticeSnapshot p = submitted();

        mvc.perform(action(p, "publikuj", p.version(), null)).andExpect(status().isFound());

        PracticeSnapshot after = current(p);
        assertThat(after.status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(after.verifiedBy()).isEqualTo(editor);
        List<MimeMessage> mail = MailTestConfiguration.mailTo(greenMail, official);
        assertThat(mail).hasSize(1);
        assertThat(text(mail.get(0))).contains("Praktyka opublikowana", "http://localhost/praktyki/" + p.practiceId());
        assertThat(editorial.log(p.practiceId())).extracting(ReviewLogEntry::action)
                .containsExactly(ReviewAction.PUBLISH);
    }

    @Test
    void rejectingNeedsAReason() throws Exception {
        PracticeSnapshot p = submitted();

        mvc.perform(action(p, "odrzuc", p.version(), "  ")).andExpect(status().is(422))
                .andExpect(view().name("editorial/review"))
                .andExpect(model().attribute("errorKey", "editorial.note.required"))
                .andExpect(content().string(containsString("Wpisz uwagi")));
        assertThat(current(p).status()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(current(p).version()).isEqualTo(p.version());

        mvc.perform(action(p, "odrzuc", p.version(), "To nie jest praktyka samorządu.")).andExpect(status().isFound());
        assertThat(current(p).status()).isEqualTo(PracticeStatus.REJECTED);
        assertThat(current(p).editorNote()).isEqualTo("To nie jest praktyka samorządu.");
    }

    @Test
    void aPublishedPracticeIsVerifiedAndThenArchived() throws Exception {
        PracticeSnapshot p = submitted();
        PracticeSnapshot published = practices.publish(p.practiceId(), editor);

        mvc.perform(action(p, "weryfikuj", published.version(), null)).andExpect(status().isFound());
        PracticeSnapshot verified = current(p);
        assertThat(verified.status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(verified.lastVerified()).isEqualTo(LocalDate.now());

        mvc.perform(action(p, "archiwizuj", verified.version(), null)).andExpect(status().isFound());
        assertThat(current(p).status()).isEqualTo(PracticeStatus.ARCHIVED);
        assertThat(editorial.log(p.practiceId())).extracting(ReviewLogEntry::action)
                .containsExactly(ReviewAction.ARCHIVE, ReviewAction.VERIFY);
    }

    @Test
    void anIllegalStepIsRefusedInPolishAndChangesNothing() throws Exception {
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete().build(), official);

        mvc.perform(action(draft, "publikuj", draft.version(), null)).andExpect(status().is(422))
                .andExpect(model().attribute("errorKey", "editorial.error.transition"))
                .andExpect(content().string(containsString("Tego działania nie można wykonać")));
        mvc.perform(action(draft, "archiwizuj", draft.version(), null)).andExpect(status().is(422));

        assertThat(current(draft).status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(current(draft).version()).isEqualTo(draft.version());
        assertThat(editorial.log(draft.practiceId())).isEmpty();
        assertThat(MailTestConfiguration.mailTo(greenMail, official)).isEmpty();
    }

    @Test
    void aStaleVersionShowsTheConflictPageWithBothVersionsAndChangesNothing() throws Exception {
        PracticeSnapshot p = submitted(PracticeContents.complete().title("Konflikt " + UUID.randomUUID())
                .solution("Punkt obsługi z jednym opiekunem sprawy."));
        String otherEditor = TestAccounts.active(context, Role.EDITOR);
        PracticeContent changed = PracticeContents.complete().title(p.content().title())
                .solution("Punkt obsługi z dwoma opiekunami sprawy.").build();
        PracticeSnapshot newer = practices.update(p.practiceId(), p.version(), changed, otherEditor);

        mvc.perform(action(p, "zmiany", p.version(), "Uwagi do starej wersji"))
                .andExpect(status().isConflict()).andExpect(view().name("editorial/conflict"))
                .andExpect(content().string(containsString("jednym opiekunem")))
                .andExpect(content().string(containsString("dwoma opiekunami")))
                .andExpect(content().string(containsString("Uwagi do starej wersji")))
                .andExpect(content().string(containsString("wersja " + newer.version())));

        PracticeSnapshot after = current(p);
        assertThat(after.version()).isEqualTo(newer.version());
        assertThat(after.status()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(editorial.log(p.practiceId())).isEmpty();
    }

    @Test
    void theJobMarksOnlyPracticesVerifiedLongAgoAndTellsTheirOfficials() throws Exception {
        String lublinOfficial = TestAccounts.activeOf(context, "0663011", Role.OFFICIAL);
        PracticeContent old = PracticeContents.complete().title("Stara " + UUID.randomUUID()).leadUnit("0663011")
                .build();
        PracticeContent fresh = PracticeContents.complete().title("Świeża " + UUID.randomUUID()).leadUnit("0663011")
                .build();
        long oldId = practices.importPractice(null, old, PracticeStatus.PUBLISHED, LocalDate.now().minusMonths(25),
                false, editor).practiceId();
        long freshId = practices.importPractice(null, fresh, PracticeStatus.PUBLISHED,
                LocalDate.now().minusMonths(23), false, editor).practiceId();

        assertThat(reverification.run()).isGreaterThanOrEqualTo(1);

        assertThat(practices.get(oldId, editor).status()).isEqualTo(PracticeStatus.REVERIFICATION_DUE);
        assertThat(practices.get(freshId, editor).status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(editorial.log(oldId)).extracting(ReviewLogEntry::action)
                .containsExactly(ReviewAction.MARK_REVERIFICATION_DUE);
        assertThat(editorial.log(freshId)).isEmpty();
        List<MimeMessage> mail = MailTestConfiguration.mailTo(greenMail, lublinOfficial);
        assertThat(mail).hasSize(1);
        assertThat(text(mail.get(0))).contains(old.title(), "http://localhost/praktyki/" + oldId);

        assertThat(reverification.run()).isZero();
    }

    @Test
    void theDiffShowsTheChangedPartWordByWord() throws Exception {
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete()
                .solution("Punkt obsługi z jednym opiekunem sprawy.").build(), official);
        PracticeSnapshot second = practices.update(draft.practiceId(), draft.version(), PracticeContents.complete()
                .solution("Punkt obsługi z dwoma opiekunami sprawy.").build(), official);

        mvc.perform(get("/redakcja/praktyki/{id}/wersje", draft.practiceId()).param("od", "" + draft.version())
                .param("do", "" + second.version()).with(user(users.loadUserByUsername(editor))))
                .andExpect(status().isOk()).andExpect(view().name("editorial/diff"))
                .andExpect(content().string(containsString("4. Rozwiązanie")))
                .andExpect(content().string(containsString("<del><span class=\"visually-hidden\">[usunięto: </span>"
                        + "jednym opiekunem<")))
                .andExpect(content().string(containsString("<ins><span class=\"visually-hidden\">[dodano: </span>"
                        + "dwoma opiekunami<")))
                .andExpect(content().string(not(containsString("2. Problem</h2>"))));
        PracticeDiff diff = PracticeDiff.between(draft, second, key -> key);
        assertThat(diff.changedParts()).extracting(PracticeDiff.PartDiff::part)
                .containsExactly(MethodologyPart.SOLUTION);
    }

    @Test
    void theDashboardListsTheQueuesAndTheReviewPageTheChecklist() throws Exception {
        PracticeSnapshot first = submitted(PracticeContents.complete().title("Kolejka A " + UUID.randomUUID()));
        PracticeSnapshot again = submitted(PracticeContents.complete().title("Kolejka B " + UUID.randomUUID()));
        practices.requestChanges(again.practiceId(), "Popraw", editor);
        practices.submit(again.practiceId(), official);

        mvc.perform(get("/redakcja").with(user(users.loadUserByUsername(editor)))).andExpect(status().isOk())
                .andExpect(content().string(containsString(first.content().title())))
                .andExpect(content().string(containsString(again.content().title())))
                .andExpect(content().string(containsString("Zgłoszone ponownie po poprawkach")))
                .andExpect(content().string(containsString("/redakcja/rejestracje")))
                .andExpect(content().string(containsString("90 %")));

        mvc.perform(get("/redakcja/praktyki/{id}", first.practiceId()).with(user(users.loadUserByUsername(editor))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kompletność opisu: 90 % (uzupełnione części: 10 z 11)")))
                .andExpect(content().string(containsString("<strong>zrobilibyśmy</strong>")))
                .andExpect(content().string(containsString("Rozwój instytucjonalny")))
                .andExpect(content().string(containsString("/redakcja/praktyki/" + first.practiceId() + "/publikuj")))
                .andExpect(content().string(not(containsString("/weryfikuj"))));
    }

    @Test
    void anIncompletePracticeIsNotPublishedAndThePageSaysWhatIsMissing() throws Exception {
        PracticeSnapshot p = submitted();
        PracticeSnapshot emptied = practices.update(p.practiceId(), p.version(),
                PracticeContents.complete().title(p.content().title()).lessons(null).build(), editor);

        mvc.perform(action(p, "publikuj", emptied.version(), null)).andExpect(status().is(422))
                .andExpect(model().attribute("errorKey", "editorial.error.incomplete"))
                .andExpect(content().string(containsString("Opisz wnioski")));

        assertThat(current(p).status()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(current(p).version()).isEqualTo(emptied.version());
    }

    @Test
    void anAdministratorRunsTheReVerificationCheckFromTheDashboard() throws Exception {
        String admin = TestAccounts.active(context, Role.ADMIN);
        long oldId = practices.importPractice(null, PracticeContents.complete().title("Dawna " + UUID.randomUUID())
                .build(), PracticeStatus.PUBLISHED, LocalDate.now().minusYears(3), false, admin).practiceId();

        mvc.perform(post("/redakcja/weryfikacja-okresowa").with(csrf()).with(user(users.loadUserByUsername(admin))))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/redakcja"))
                .andExpect(flash().attribute("flash", "editorial.reverification.done"));

        assertThat(practices.get(oldId, admin).status()).isEqualTo(PracticeStatus.REVERIFICATION_DUE);
        mvc.perform(get("/redakcja").with(user(users.loadUserByUsername(admin)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dawna ")));
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        PracticeSnapshot p = submitted();

        mvc.perform(get("/redakcja/praktyki/{id}", p.practiceId()).param("lang", "en")
                .with(user(users.loadUserByUsername(editor)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Methodology checklist")))
                .andExpect(content().string(containsString("Completeness: 90 % (parts filled: 10 of 11).")))
                .andExpect(content().string(containsString("Request changes")));
    }
}
