package pl.dobrepraktyki.competition;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.AttachmentInfo;
import pl.dobrepraktyki.catalog.AttachmentService;
import pl.dobrepraktyki.catalog.Award;
import pl.dobrepraktyki.catalog.TestFiles;
import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Files of an entry: added and removed by the unit while a draft, checked like practice attachments, seen by few. */
@IntegrationTest
class CompetitionAttachmentTests {

    @Autowired
    CompetitionService competition;

    @Autowired
    EntryAttachmentService attachments;

    @Autowired
    AttachmentService practiceAttachments;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private String admin;
    private String editor;
    private String rural;

    @BeforeEach
    void accounts() {
        admin = TestAccounts.active(context, Role.ADMIN);
        editor = TestAccounts.active(context, Role.EDITOR);
        rural = TestAccounts.activeOf(context, CompetitionFixtures.RURAL_ZGIERZ, Role.OFFICIAL);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private Entry draft() {
        Edition edition = competition.createEdition(CompetitionFixtures.openEdition("Edycja z plikami", clock), admin);
        return competition.createEntry(edition.getId(), CompetitionFixtures.entry("Kluby seniora"), rural);
    }

    private FlashMap upload(Entry entry, String name, String type, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/konkursy/zgloszenia/" + entry.getId() + "/zalaczniki")
                .file(new MockMultipartFile("plik", name, type, bytes)).with(as(rural)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/konkursy/zgloszenia/" + entry.getId() + "*"))
                .andReturn().getFlashMap();
    }

    private List<String> fileNames(Entry entry) {
        return attachments.attachmentsOf(entry.getId()).stream().map(EntryAttachment::getFileName).toList();
    }

    @Test
    void anOfficialUploadsAPdfToADraftEntryAndSeesItOnTheEntryPage() throws Exception {
        Entry entry = draft();
        upload(entry, "uchwala-rady.pdf", "application/pdf", TestFiles.pdf("Uchwala rady gminy"));

        mvc.perform(get("/konkursy/zgloszenia/" + entry.getId()).with(as(rural))).andExpect(status().isOk())
                .andExpect(content().string(containsString("uchwala-rady.pdf")))
                .andExpect(content().string(containsString("Usuń uchwala-rady.pdf")));
        long id = attachments.attachmentsOf(entry.getId()).get(0).getId();
        mvc.perform(get("/konkursy/zalaczniki/" + id).with(as(rural))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));

        mvc.perform(post("/konkursy/zgloszenia/" + entry.getId() + "/zalaczniki/" + id + "/usun").with(as(rural))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(fileNames(entry)).isEmpty();
    }

    @Test
    void aRenamedHtmlFileIsRefusedWithThePolishMessage() throws Exception {
        Entry entry = draft();
        FlashMap flash = upload(entry, "opis.pdf", "application/pdf", TestFiles.html());

        assertThat(fileNames(entry)).isEmpty();
        mvc.perform(get("/konkursy/zgloszenia/" + entry.getId()).with(as(rural)).flashAttrs(flash))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tego rodzaju pliku nie przyjmujemy")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void afterSendingUploadAndRemovalAreRefusedAndNothingChanges() throws Exception {
        Entry entry = draft();
        upload(entry, "uchwala.pdf", "application/pdf", TestFiles.pdf("Uchwala"));
        long id = attachments.attachmentsOf(entry.getId()).get(0).getId();
        competition.submitEntry(entry.getId(), rural);

        FlashMap flash = upload(entry, "druga.pdf", "application/pdf", TestFiles.pdf("Druga"));
        assertThat(flash.get("errorKey")).isEqualTo("competition.entry.notDraft");
        mvc.perform(post("/konkursy/zgloszenia/" + entry.getId() + "/zalaczniki/" + id + "/usun").with(as(rural))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(fileNames(entry)).containsExactly("uchwala.pdf");
        mvc.perform(get("/konkursy/zgloszenia/" + entry.getId()).with(as(rural)).flashAttrs(flash))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nie można go zmieniać")))
                .andExpect(content().string(containsString("uchwala.pdf")))
                .andExpect(content().string(not(containsString("Usuń uchwala.pdf"))));
    }

    @Test
    void afterTheDeadlineADraftsFilesCannotBeChanged() throws Exception {
        Entry entry = draft();
        upload(entry, "uchwala.pdf", "application/pdf", TestFiles.pdf("Uchwala"));
        long id = attachments.attachmentsOf(entry.getId()).get(0).getId();
        clock.advance(Duration.ofDays(2));

        FlashMap flash = upload(entry, "spozniona.pdf", "application/pdf", TestFiles.pdf("Spozniona"));
        assertThat(flash.get("errorKey")).isEqualTo("competition.entry.closed");
        mvc.perform(post("/konkursy/zgloszenia/" + entry.getId() + "/zalaczniki/" + id + "/usun").with(as(rural))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(fileNames(entry)).containsExactly("uchwala.pdf");
    }

    @Test
    void onlyTheUnitTheSecretaryAndJurorsWhoMaySeeTheEntryDownloadItsFiles() throws Exception {
        Entry entry = draft();
        upload(entry, "uchwala.pdf", "application/pdf", TestFiles.pdf("Uchwala"));
        long id = attachments.attachmentsOf(entry.getId()).get(0).getId();
        String url = "/konkursy/zalaczniki/" + id;
        competition.submitEntry(entry.getId(), rural);
        clock.advance(Duration.ofDays(2));
        competition.accept(entry.getId(), editor);
        Edition edition = competition.edition(entry.getEditionId());
        String ruralJuror = TestAccounts.activeOf(context, CompetitionFixtures.CITY_LODZ, Role.JURY_MEMBER);
        competition.assignJury(edition.getId(), ruralJuror, List.of(SizeCategory.RURAL), editor);
        String cityJuror = TestAccounts.activeOf(context, CompetitionFixtures.SMALL_TOWN_STRYKOW, Role.JURY_MEMBER);
        competition.assignJury(edition.getId(), cityJuror, List.of(SizeCategory.LARGE_CITIES), editor);
        String sameUnitJuror = TestAccounts.activeOf(context, CompetitionFixtures.RURAL_ZGIERZ, Role.JURY_MEMBER);
        competition.assignJury(edition.getId(), sameUnitJuror, List.of(SizeCategory.RURAL), editor);
        String otherOfficial = TestAccounts.activeOf(context, CompetitionFixtures.CITY_LODZ, Role.OFFICIAL);

        mvc.perform(get(url).with(as(rural))).andExpect(status().isOk());
        mvc.perform(get(url).with(as(editor))).andExpect(status().isOk());
        mvc.perform(get(url).with(as(ruralJuror))).andExpect(status().isOk());
        mvc.perform(get("/jury/zgloszenia/" + entry.getId()).with(as(ruralJuror))).andExpect(status().isOk())
                .andExpect(content().string(containsString("uchwala.pdf")));
        mvc.perform(get(url).with(as(cityJuror))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(as(sameUnitJuror))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(as(otherOfficial))).andExpect(status().isNotFound());
        mvc.perform(get(url)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/logowanie")));
    }

    @Test
    void anAwardedEntrysFilesGoWithItToThePractice() throws Exception {
        Entry entry = draft();
        upload(entry, "uchwala.pdf", "application/pdf", TestFiles.pdf("Uchwala"));
        competition.submitEntry(entry.getId(), rural);
        clock.advance(Duration.ofDays(2));
        competition.accept(entry.getId(), editor);
        String juror = TestAccounts.activeOf(context, CompetitionFixtures.CITY_LODZ, Role.JURY_MEMBER);
        competition.assignJury(entry.getEditionId(), juror, List.of(SizeCategory.RURAL), editor);
        competition.score(entry.getId(), List.of(new Score(5, "a"), new Score(4, "b"), new Score(4, "c"),
                new Score(5, "d"), new Score(4, "e")), true, juror);
        competition.award(entry.getId(), Award.LAUREATE, editor);
        competition.publishResults(entry.getEditionId(), editor);

        long practiceId = competition.ownEntry(entry.getId(), rural).getPracticeId();
        assertThat(practiceAttachments.attachmentsOf(practiceId, editor)).extracting(AttachmentInfo::fileName)
                .containsExactly("uchwala.pdf");
        assertThat(fileNames(entry)).containsExactly("uchwala.pdf");
    }
}
