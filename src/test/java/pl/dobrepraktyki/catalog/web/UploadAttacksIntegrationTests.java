package pl.dobrepraktyki.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.competition.CompetitionFixtures;
import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Edition;
import pl.dobrepraktyki.competition.Entry;
import pl.dobrepraktyki.exchange.ExchangeFixtures;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The upload attack corpus ({@code src/test/resources/attacks/}, described in its README) sent through
 * the practice attachment form by an official who may add attachments: each file is refused with a
 * Polish message on the edit page, nothing is stored, and the application still answers afterwards.
 */
@IntegrationTest
class UploadAttacksIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    PracticeService practices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    MeetingService meetings;

    @Autowired
    CompetitionService competition;

    @Autowired
    TestClock clock;

    @Value("${bdp.data-dir}")
    String dataDir;

    String official;

    @BeforeEach
    void official() {
        official = TestAccounts.active(context, Role.OFFICIAL);
    }

    /** Corpus file, the name it is uploaded under, the message key of the refusal. */
    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("polyglot-pdf-html.pdf", "raport.pdf", "catalog.attachment.activeContent"),
                Arguments.of("pdf-javascript.pdf", "raport.pdf", "catalog.attachment.activeContent"),
                Arguments.of("pdf-launch.pdf", "raport.pdf", "catalog.attachment.activeContent"),
                Arguments.of("svg-script.svg", "obraz.svg", "catalog.attachment.type"),
                Arguments.of("svg-script.svg", "obraz.png", "catalog.attachment.type"),
                Arguments.of("html-renamed.pdf", "strona.pdf", "catalog.attachment.type"),
                Arguments.of("program-renamed.pdf", "program.pdf", "catalog.attachment.type"),
                Arguments.of("docx-xxe.docx", "opis.docx", "catalog.attachment.externalEntities"),
                Arguments.of("docx-zip-bomb.docx", "opis.docx", "catalog.attachment.packed"),
                Arguments.of("empty.pdf", "pusty.pdf", "catalog.attachment.empty"),
                Arguments.of("valid.pdf", "raport.docx", "catalog.attachment.extension"),
                Arguments.of("valid.pdf", "raport.exe", "catalog.attachment.extension"),
                Arguments.of("valid.pdf", "raport", "catalog.attachment.extension"),
                Arguments.of("valid.png", "zdjecie.pdf", "catalog.attachment.extension"),
                Arguments.of("valid.pdf", "../../etc/passwd", "catalog.attachment.name"),
                Arguments.of("valid.pdf", "..\\..\\raport.pdf", "catalog.attachment.name"),
                Arguments.of("valid.pdf", "raport\u0000.pdf", "catalog.attachment.name"),
                Arguments.of("valid.pdf", "raport\r\nX-Injected: 1.pdf", "catalog.attachment.name"),
                Arguments.of("valid.pdf", "a\u202Efdp.exe", "catalog.attachment.name"),
                Arguments.of("valid.pdf", "faktura\u202Efdp.pdf", "catalog.attachment.name"),
                Arguments.of("valid.pdf", "a".repeat(9_996) + ".pdf", "catalog.attachment.nameTooLong"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("attacks")
    void refusesTheAttackWithAPolishMessageAndStoresNothing(String file, String uploadedName, String key)
            throws Exception {
        long id = draft();
        long rows = storedRows();
        long files = storedFiles();
        long temps = temporaryUploads();

        FlashMap flash = mvc.perform(multipart("/praktyki/" + id + "/zalaczniki")
                .file(new MockMultipartFile("plik", uploadedName, "application/pdf", corpus(file)))
                .with(csrf()).with(as(official)))
                .andExpect(redirectedUrl("/praktyki/" + id + "/edycja#zalaczniki"))
                .andExpect(flash().attribute("attachmentError", key))
                .andReturn().getFlashMap();

        String polish = messages.getMessage(key, null, Locale.forLanguageTag("pl"));
        assertThat(polish).isNotBlank().isNotEqualTo(messages.getMessage(key, null, Locale.ENGLISH));
        mvc.perform(get("/praktyki/" + id + "/edycja").with(as(official)).flashAttrs(flash))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(polish)));
        assertThat(storedRows()).as("attachment rows").isEqualTo(rows);
        assertThat(storedFiles()).as("files under the data directory").isEqualTo(files);
        assertThat(temporaryUploads()).as("temporary upload files left behind").isEqualTo(temps);
        assertThat(practices.find(id, official)).isPresent();
        stillHealthy();
    }

    @Test
    void theWholeCorpusInARowLeavesTheApplicationHealthy() throws Exception {
        long id = draft();
        long rows = storedRows();
        long files = storedFiles();
        for (Arguments attack : attacks().toList()) {
            Object[] a = attack.get();
            mvc.perform(multipart("/praktyki/" + id + "/zalaczniki")
                    .file(new MockMultipartFile("plik", (String) a[1], "application/pdf", corpus((String) a[0])))
                    .with(csrf()).with(as(official)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("attachmentError", a[2]));
        }
        assertThat(storedRows()).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
        stillHealthy();
    }

    /** Meeting materials and competition entry files are checked by the same code: the corpus is refused there too. */
    @Test
    void theMeetingAndCompetitionUploadFormsRefuseTheCorpusToo() throws Exception {
        String moderator = TestAccounts.active(context, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(context, moderator);
        long meeting = meetings.plan(ExchangeFixtures.meeting(group, "Spotkanie z materiałami",
                LocalDateTime.now(clock).plusMonths(1).withHour(10).withMinute(0).withSecond(0).withNano(0), null, null),
                moderator);
        Edition edition = competition.createEdition(CompetitionFixtures.openEdition("Edycja z plikami", clock),
                TestAccounts.active(context, Role.ADMIN));
        String rural = TestAccounts.activeOf(context, CompetitionFixtures.RURAL_ZGIERZ, Role.OFFICIAL);
        Entry entry = competition.createEntry(edition.getId(), CompetitionFixtures.entry("Kluby seniora"), rural);
        long rows = storedRows();
        long files = storedFiles();

        for (Arguments attack : attacks().toList()) {
            Object[] a = attack.get();
            byte[] bytes = corpus((String) a[0]);
            mvc.perform(multipart("/spotkania/" + meeting + "/materialy")
                    .file(new MockMultipartFile("plik", (String) a[1], "application/pdf", bytes))
                    .with(csrf()).with(as(moderator)))
                    .andExpect(redirectedUrl("/spotkania/" + meeting + "#materialy"))
                    .andExpect(flash().attribute("materialError", a[2]));
            mvc.perform(multipart("/konkursy/zgloszenia/" + entry.getId() + "/zalaczniki")
                    .file(new MockMultipartFile("plik", (String) a[1], "application/pdf", bytes))
                    .with(csrf()).with(as(rural)))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("attachmentError", a[2]));
        }

        assertThat(meetings.meeting(meeting, null).materials()).isEmpty();
        assertThat(storedRows()).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
        stillHealthy();
    }

    @Test
    void aNormalPdfStillUploadsAndKeepsItsName() throws Exception {
        long id = draft();
        long rows = storedRows();
        long files = storedFiles();

        mvc.perform(multipart("/praktyki/" + id + "/zalaczniki")
                .file(new MockMultipartFile("plik", "Sprawozdanie 2024 (wersja końcowa).pdf", "application/pdf",
                        corpus("valid.pdf")))
                .with(csrf()).with(as(official)))
                .andExpect(redirectedUrl("/praktyki/" + id + "/edycja#zalaczniki"))
                .andExpect(flash().attribute("flash", "catalog.attachment.uploaded"));

        assertThat(storedRows()).isEqualTo(rows + 1);
        assertThat(storedFiles()).isEqualTo(files + 1);
        String key = jdbc.sql("select storage_key from practice_attachment where practice_id = ?").param(id)
                .query(String.class).single();
        assertThat(key).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        mvc.perform(get("/praktyki/" + id + "/edycja").with(as(official)))
                .andExpect(content().string(containsString("Sprawozdanie 2024 (wersja końcowa).pdf")));
    }

    @Test
    void aNormalPngAndAnUpperCaseExtensionAreAccepted() throws Exception {
        long id = draft();
        long rows = storedRows();
        for (String name : new String[] {"plakat.png", "SKAN.PDF"}) {
            mvc.perform(multipart("/praktyki/" + id + "/zalaczniki")
                    .file(new MockMultipartFile("plik", name, "application/octet-stream",
                            corpus(name.endsWith(".png") ? "valid.png" : "valid.pdf")))
                    .with(csrf()).with(as(official)))
                    .andExpect(flash().attribute("flash", "catalog.attachment.uploaded"));
        }
        assertThat(storedRows()).isEqualTo(rows + 2);
    }

    private long draft() {
        return practices.createDraft(PracticeContents.complete().title("Praktyka z załącznikami").build(), official)
                .practiceId();
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private void stillHealthy() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/")).andExpect(status().isOk());
    }

    private static byte[] corpus(String name) throws IOException {
        try (InputStream in = UploadAttacksIntegrationTests.class.getResourceAsStream("/attacks/" + name)) {
            assertThat(in).as("corpus file " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    private long storedRows() {
        return jdbc.sql("select (select count(*) from practice_attachment) + (select count(*) from meeting_material)"
                + " + (select count(*) from competition_entry_attachment)"
                + " + (select count(*) from competition_edition_logo)").query(Long.class).single();
    }

    private long storedFiles() throws IOException {
        return countFiles(Path.of(dataDir, "files"), "");
    }

    private static long temporaryUploads() throws IOException {
        return countFiles(Path.of(System.getProperty("java.io.tmpdir")), "bdp-upload-");
    }

    private static long countFiles(Path root, String prefix) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(root, prefix.isEmpty() ? Integer.MAX_VALUE : 1)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith(prefix)).count();
        }
    }
}
