package pl.dobrepraktyki.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PracticePdfIntegrationTests {

    static final String SOURCES = "Budżet obywatelski i źródła zewnętrzne: żółć, gęślą jaźń.";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    PracticeService practices;

    private PracticeSnapshot practice(String title, Contact contact, boolean publish) {
        String official = TestAccounts.activeOf(context, PracticeContents.LODZ, Role.OFFICIAL);
        PracticeSnapshot draft = practices.createDraft(PracticeContents.complete().title(title).problem(SOURCES)
                .contact(contact).build(), official);
        if (!publish) {
            return draft;
        }
        practices.submit(draft.practiceId(), official);
        return practices.publish(draft.practiceId(), TestAccounts.active(context, Role.EDITOR));
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPublishedPracticeIsATaggedPdfWithEmbeddedFontsAndPolishLetters() throws Exception {
        String title = unique("Źródła finansowania zieleni");
        PracticeSnapshot practice = practice(title, new Contact("Zofia Łęcka", "Kierowniczka", "zofia.lecka@example.pl",
                "42 111 22 33", true, null), true);

        mvc.perform(get("/praktyki/{id}", practice.practiceId()))
                .andExpect(content().string(containsString("href=\"/praktyki/" + practice.practiceId() + ".pdf\"")));
        byte[] pdf = mvc.perform(get("/praktyki/{id}.pdf", practice.practiceId()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(title, "źródła zewnętrzne: żółć, gęślą jaźń", "Łódź", "Czas obsługi sprawy",
                    "Zofia Łęcka", "zofia.lecka@example.pl", "/praktyki/" + practice.practiceId());
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
            assertThat(document.getDocumentCatalog().getLanguage()).startsWith("pl");
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("DejaVu");
            });
        }
    }

    @Test
    void theContactPersonIsLeftOutWithoutConsent() throws Exception {
        PracticeSnapshot practice = practice(unique("Bez zgody"), new Contact("Barbara Ukryta", "Referentka",
                "barbara.ukryta@example.pl", null, false, null), true);

        byte[] pdf = mvc.perform(get("/praktyki/{id}.pdf", practice.practiceId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("Barbara Ukryta", "barbara.ukryta")
                    .contains("Skontaktuj się");
        }
    }

    @Test
    void aDraftAnswers404ToWhoeverMayNotSeeIt() throws Exception {
        PracticeSnapshot draft = practice(unique("Szkic PDF"), Contact.NONE, false);
        String outsider = TestAccounts.activeOf(context, "1261011", Role.OFFICIAL);

        mvc.perform(get("/praktyki/{id}.pdf", draft.practiceId())).andExpect(status().isNotFound());
        mvc.perform(get("/praktyki/{id}.pdf", draft.practiceId()).with(user(users.loadUserByUsername(outsider))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/praktyki/{id}.pdf", 999_999_999L)).andExpect(status().isNotFound());
    }
}
