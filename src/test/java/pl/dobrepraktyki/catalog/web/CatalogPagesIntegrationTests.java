package pl.dobrepraktyki.catalog.web;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.catalog.TestFiles;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CatalogPagesIntegrationTests {

    static final String KRAKOW = "1261011";
    static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    PracticeService practices;

    String official;
    String otherOfficial;
    String editor;

    @BeforeEach
    void accounts() {
        official = TestAccounts.active(context, Role.OFFICIAL);
        otherOfficial = TestAccounts.activeOf(context, KRAKOW, Role.OFFICIAL);
        editor = TestAccounts.active(context, Role.EDITOR);
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    long published(PracticeContents contents) {
        long id = practices.createDraft(contents.build(), official).practiceId();
        practices.submit(id, official);
        practices.publish(id, editor);
        return id;
    }

    /** Every field of a complete practice, as the form posts it; {@code changes} replace or add fields. */
    static MockHttpServletRequestBuilder completeForm(MockHttpServletRequestBuilder request, String title,
            String... changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", title);
        fields.put("summary", "Krótko o praktyce.");
        fields.put("section", "USLUGI_SPOLECZNE");
        fields.put("areas", "KULTURA");
        fields.put("_areas", "on");
        fields.put("types", "SPOLECZNA");
        fields.put("_types", "on");
        fields.put("keywords", "kultura, seniorzy");
        fields.put("startYear", "2021");
        fields.put("ongoing", "true");
        fields.put("source", "ZGLOSZENIE_WLASNE");
        fields.put("problem", "Problem.");
        fields.put("goals", "Cele.");
        fields.put("solution", "Rozwiązanie.");
        fields.put("costPln", "12 500,50");
        fields.put("fundingSources", "budżet");
        fields.put("people", "2 osoby");
        fields.put("results[0].indicator", "Liczba uczestników");
        fields.put("results[0].valueBefore", "10");
        fields.put("results[0].valueAfter", "120");
        fields.put("results[0].measuredOn", "2024-05-01");
        fields.put("lessons", "Wnioski.");
        fields.put("transferConditions", "Warunki.");
        fields.put("contactName", "Jan Kowalski");
        fields.put("contactEmail", "jan@example.pl");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        request.with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long createThroughForm(String title) throws Exception {
        MvcResult created = mvc.perform(completeForm(post("/praktyki/nowa"), title).with(as(official)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/praktyki/\\d+/edycja");
        return Long.parseLong(location.replaceAll("\\D", ""));
    }

    @Test
    void listsPublishedPracticesBySectionWithLinksToEverySection() throws Exception {
        long id = published(PracticeContents.complete().title("Praktyka w dziale rozwoju"));
        mvc.perform(get("/praktyki").param("dzial", "ROZWOJ_INSTYTUCJONALNY"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Rozwój instytucjonalny</h1>"),
                        containsString("href=\"/praktyki/" + id + "\">Praktyka w dziale rozwoju</a>"),
                        containsString("href=\"/praktyki?dzial=DIALOG_SPOLECZNY\""),
                        containsString("Ostatnia weryfikacja"))));
        mvc.perform(get("/praktyki").param("dzial", "DIALOG_SPOLECZNY"))
                .andExpect(content().string(not(containsString("Praktyka w dziale rozwoju"))));
        mvc.perform(get("/praktyki").param("dzial", "ROZWOJ_INSTYTUCJONALNY").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Praktyka w dziale rozwoju"),
                        not(containsString("<html")))));
    }

    @Test
    void anUnknownSectionIsABadRequestWithAPolishMessage() throws Exception {
        mvc.perform(get("/praktyki").param("dzial", "NIE_MA"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nie ma takiego działu bazy.")));
    }

    @Test
    void showsEveryPartWithTaxonomyNamesAndUnitLinks() throws Exception {
        long id = published(PracticeContents.complete().title("Jedno okienko"));
        mvc.perform(get("/praktyki/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Jedno okienko</h1>"),
                        containsString("href=\"/jst/1061011\">miasto Łódź</a>"),
                        containsString("Rozwój instytucjonalny"), containsString("Rozwój gospodarczy"),
                        containsString("Organizacyjna"), containsString("120 000,00 zł"),
                        containsString("<th scope=\"row\">Czas obsługi sprawy</th>"),
                        containsString("<strong>zrobilibyśmy</strong>"),
                        containsString("miasto na prawach powiatu"),
                        containsString("/img/funding/"))));
    }

    @Test
    void scriptTypedIntoAnyTextIsShownEscaped() throws Exception {
        var contents = PracticeContents.complete().title("Tytuł " + SCRIPT).problem(SCRIPT).solution(SCRIPT)
                .lessons(SCRIPT).contact(new Contact(SCRIPT, SCRIPT, "a@example.pl", "42 000 00 00", true, null));
        var content = contents.build();
        var everywhere = new pl.dobrepraktyki.catalog.PracticeContent(content.title(), SCRIPT,
                content.leadUnitTeryt(), content.partnerUnitTeryts(), java.util.List.of(SCRIPT), content.section(),
                content.areas(), content.types(), java.util.List.of(SCRIPT), content.startYear(),
                content.startDate(), content.endDate(), content.ongoing(), SCRIPT, SCRIPT, SCRIPT, content.costPln(),
                SCRIPT, SCRIPT, SCRIPT, java.util.List.of(new pl.dobrepraktyki.catalog.Result(SCRIPT, SCRIPT, SCRIPT,
                        null)), SCRIPT, SCRIPT, SCRIPT, content.transferUnitKinds(),
                content.transferSizeCategories(), content.contact(),
                java.util.List.of(new pl.dobrepraktyki.catalog.Link(SCRIPT, "https://example.pl/")),
                content.source(), content.fundingProject());
        long id = practices.createDraft(everywhere, official).practiceId();
        practices.submit(id, official);
        practices.publish(id, editor);
        practices.recordAdoption(id, new pl.dobrepraktyki.catalog.AdoptionRequest(
                pl.dobrepraktyki.catalog.AdoptionKind.ADAPTED, SCRIPT, LocalDate.now().minusDays(1)), otherOfficial);
        String html = mvc.perform(get("/praktyki/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        assertThat(html.split("&lt;script&gt;", -1).length - 1).as("escaped scripts on the page").isGreaterThan(15);
    }

    @Test
    void contactDataAreShownOnlyWithConsent() throws Exception {
        long hidden = published(PracticeContents.complete().title("Bez zgody"));
        mvc.perform(get("/praktyki/" + hidden))
                .andExpect(content().string(allOf(not(containsString("Anna Nowak")),
                        not(containsString("anna.nowak@example.pl")), not(containsString("42 638 40 00")),
                        containsString("Skontaktuj się z urzędem jednostki"))));
        long shown = published(PracticeContents.complete().title("Ze zgodą").contact(
                new Contact("Anna Nowak", "Naczelniczka", "anna.nowak@example.pl", "42 638 40 00", true, null)));
        mvc.perform(get("/praktyki/" + shown))
                .andExpect(content().string(allOf(containsString("Anna Nowak"),
                        containsString("mailto:anna.nowak@example.pl"), containsString("42 638 40 00"))));
    }

    @Test
    void aDraftIsVisibleOnlyToItsUnitWithItsStatus() throws Exception {
        long id = practices.createDraft(PracticeContents.complete().title("Szkic").build(), official).practiceId();
        mvc.perform(get("/praktyki/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/praktyki/" + id).with(as(otherOfficial))).andExpect(status().isNotFound());
        mvc.perform(get("/praktyki/" + id).with(as(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<strong>szkic</strong>"),
                        containsString("href=\"/praktyki/" + id + "/edycja\""))));
        mvc.perform(get("/praktyki/" + id + "/edycja").with(as(otherOfficial))).andExpect(status().isNotFound());
    }

    @Test
    void theFormShowsEachProblemBesideItsFieldAndInTheSummary() throws Exception {
        mvc.perform(completeForm(post("/praktyki/nowa"), "", "costPln", "dużo").with(as(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"error-summary\""),
                        containsString("href=\"#costPln\">Koszt musi być nieujemną kwotą"))));
        mvc.perform(completeForm(post("/praktyki/nowa"), "", "contactEmail", "nie-email", "links[0].title", "Strona",
                "links[0].url", "ftp://x", "results[1].measuredOn", "2999-01-01", "results[1].indicator", "Wskaźnik")
                .with(as(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"#title\">Podaj tytuł praktyki.</a>"),
                        containsString("href=\"#contactEmail\">Podaj poprawny adres e-mail.</a>"),
                        containsString("href=\"#links0.url\">Adres musi zaczynać się od http:// lub https://.</a>"),
                        containsString("href=\"#results1.measuredOn\">Data pomiaru nie może być z przyszłości.</a>"),
                        containsString("id=\"contactEmail-error\""),
                        containsString("aria-describedby=\"contactEmail-error\""),
                        containsString("value=\"Wskaźnik\""))));
    }

    @Test
    void theFormOffersThreeResultRowsAndEveryPartInAFieldset() throws Exception {
        mvc.perform(get("/praktyki/nowa").with(as(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"results2.indicator\""),
                        containsString("<legend>Identyfikacja praktyki</legend>"),
                        containsString("<legend>Możliwość przeniesienia</legend>"),
                        containsString("<legend>Kontakt</legend>"), containsString("Zapisz szkic"))));
    }

    @Test
    void aSecondSaveOfTheSameVersionShowsBothVersionsAndKeepsTheFirst() throws Exception {
        long id = createThroughForm("Pierwotny tytuł");
        long version = practices.get(id, official).version();
        mvc.perform(completeForm(post("/praktyki/" + id + "/edycja"), "Tytuł Ani").param("version", "" + version)
                .with(as(official))).andExpect(status().is3xxRedirection());
        mvc.perform(completeForm(post("/praktyki/" + id + "/edycja"), "Tytuł Bartka", "problem",
                "Problem opisany przez Bartka.").param("version", "" + version)
                .with(as(official)))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Ktoś zapisał tę praktykę przed Tobą"),
                        containsString("Tytuł Ani"), containsString("Tytuł Bartka"),
                        containsString("Problem opisany przez Bartka."),
                        containsString("name=\"version\" value=\"" + (version + 1) + "\""))));
        PracticeSnapshot saved = practices.get(id, official);
        assertThat(saved.content().title()).isEqualTo("Tytuł Ani");
        assertThat(saved.version()).isEqualTo(version + 1);
    }

    @Test
    void sendingAnIncompletePracticeListsTheMissingParts() throws Exception {
        long id = practices.createDraft(pl.dobrepraktyki.catalog.PracticeContent.minimal("Niepełna", "1061011"),
                official).practiceId();
        mvc.perform(post("/praktyki/" + id + "/wyslij").with(csrf()).with(as(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("uzupełnij brakujące części"),
                        containsString("Opisz problem, od którego zaczęła się praktyka."),
                        containsString("Dodaj co najmniej jeden mierzalny rezultat"))));
        assertThat(practices.get(id, official).status()).isEqualTo(PracticeStatus.DRAFT);
    }

    @Test
    void aCompletePracticeIsSavedAndSentFromTheForm() throws Exception {
        long id = createThroughForm("Kompletna praktyka");
        long version = practices.get(id, official).version();
        mvc.perform(completeForm(post("/praktyki/" + id + "/wyslij"), "Kompletna praktyka")
                .param("version", "" + version).with(as(official)))
                .andExpect(redirectedUrl("/praktyki/" + id))
                .andExpect(flash().attribute("flash", "catalog.form.submitted"));
        PracticeSnapshot sent = practices.get(id, official);
        assertThat(sent.status()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(sent.content().costPln()).isEqualByComparingTo("12500.50");
        mvc.perform(get("/praktyki/" + id + "/edycja").with(as(official))).andExpect(status().isForbidden());
        mvc.perform(get("/moje-praktyki").with(as(official)))
                .andExpect(content().string(allOf(containsString("Kompletna praktyka"),
                        containsString("wysłana do redakcji"))));
    }

    @Test
    void myPracticesShowTheEditorsNote() throws Exception {
        long id = createThroughForm("Do poprawy");
        practices.submit(id, official);
        practices.requestChanges(id, "Dodajcie rezultaty z 2024 roku.", editor);
        mvc.perform(get("/moje-praktyki").with(as(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Dodajcie rezultaty z 2024 roku."),
                        containsString("href=\"/praktyki/" + id + "/edycja\""))));
        mvc.perform(get("/praktyki/" + id + "/edycja").with(as(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dodajcie rezultaty z 2024 roku.")));
    }

    @Test
    void attachmentsAreUploadedCheckedAndDownloadedAsAttachments() throws Exception {
        long id = createThroughForm("Z załącznikiem");
        mvc.perform(multipart("/praktyki/" + id + "/zalaczniki")
                .file(new MockMultipartFile("plik", "raport.pdf", "application/pdf", TestFiles.pdf("Raport")))
                .with(csrf()).with(as(official)))
                .andExpect(redirectedUrl("/praktyki/" + id + "/edycja#zalaczniki"))
                .andExpect(flash().attribute("flash", "catalog.attachment.uploaded"));
        mvc.perform(multipart("/praktyki/" + id + "/zalaczniki")
                .file(new MockMultipartFile("plik", "strona.pdf", "application/pdf", TestFiles.html()))
                .with(csrf()).with(as(official)))
                .andExpect(flash().attribute("attachmentError", "catalog.attachment.type"));
        String edit = mvc.perform(get("/praktyki/" + id + "/edycja").with(as(official)))
                .andExpect(content().string(containsString("raport.pdf"))).andReturn().getResponse()
                .getContentAsString();
        String aid = edit.replaceAll("(?s).*href=\"/zalaczniki/(\\d+)\".*", "$1");
        mvc.perform(get("/zalaczniki/" + aid).with(as(official)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/zalaczniki/" + aid)).andExpect(status().isNotFound());
        mvc.perform(post("/praktyki/" + id + "/zalaczniki/" + aid + "/usun").with(csrf()).with(as(official)))
                .andExpect(flash().attribute("flash", "catalog.attachment.deleted"));
        mvc.perform(get("/zalaczniki/" + aid).with(as(official))).andExpect(status().isNotFound());
    }

    @Test
    void anOfficialOfAnotherUnitRecordsAnAdoptionOnce() throws Exception {
        long id = published(PracticeContents.complete().title("Do przejęcia"));
        mvc.perform(get("/praktyki/" + id).with(as(official)))
                .andExpect(content().string(not(containsString("Zapisz przejęcie"))));
        mvc.perform(get("/praktyki/" + id)).andExpect(content().string(not(containsString("Zapisz przejęcie"))));
        mvc.perform(get("/praktyki/" + id).with(as(otherOfficial)))
                .andExpect(content().string(containsString("Zapisz przejęcie")));
        mvc.perform(post("/praktyki/" + id + "/przejecia").with(csrf()).with(as(otherOfficial))
                .param("kind", "ADAPTED").param("adoptedOn", LocalDate.now().plusDays(5).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Data wdrożenia nie może być z przyszłości.")));
        mvc.perform(post("/praktyki/" + id + "/przejecia").with(csrf()).with(as(official))
                .param("kind", "ADOPTED").param("adoptedOn", "2025-01-10"))
                .andExpect(content().string(containsString("To praktyka Twojej jednostki")));
        mvc.perform(post("/praktyki/" + id + "/przejecia").with(csrf()).with(as(otherOfficial))
                .param("kind", "ADAPTED").param("adoptedOn", "2025-01-10").param("note", "Bez opłat."))
                .andExpect(redirectedUrl("/praktyki/" + id + "#przejecia"));
        mvc.perform(get("/praktyki/" + id).with(as(otherOfficial)))
                .andExpect(content().string(allOf(containsString("href=\"/jst/" + KRAKOW + "\">miasto Kraków</a>"),
                        containsString("dostosowała do swoich warunków"), containsString("10.01.2025"),
                        containsString("Bez opłat."), not(containsString("Zapisz przejęcie")))));
        mvc.perform(get("/jst/" + KRAKOW))
                .andExpect(content().string(allOf(containsString("Praktyki przejęte przez jednostkę"),
                        containsString("href=\"/praktyki/" + id + "\">Do przejęcia</a>"))));
        mvc.perform(get("/jst/1061011"))
                .andExpect(content().string(containsString("href=\"/praktyki/" + id + "\">Do przejęcia</a>")));
    }

    @Test
    void administratorsAddAndRenameTaxonomyTerms() throws Exception {
        String admin = TestAccounts.active(context, Role.ADMIN);
        String code = "TURYSTYKA_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        mvc.perform(post("/admin/taksonomie/AREA").with(csrf()).with(as(admin)).param("code", "zły kod")
                .param("namePl", "Turystyka").param("nameEn", "Tourism"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kod: wielkie litery bez polskich znaków")));
        mvc.perform(post("/admin/taksonomie/AREA").with(csrf()).with(as(admin)).param("code", code)
                .param("namePl", "Turystyka").param("nameEn", "Tourism"))
                .andExpect(redirectedUrl("/admin/taksonomie#AREA"));
        mvc.perform(post("/admin/taksonomie/AREA/" + code).with(csrf()).with(as(admin))
                .param("namePl", "Turystyka i wypoczynek").param("nameEn", ""))
                .andExpect(content().string(containsString("Podaj nazwę (najwyżej 300 znaków).")));
        mvc.perform(post("/admin/taksonomie/AREA/" + code).with(csrf()).with(as(admin))
                .param("namePl", "Turystyka i wypoczynek").param("nameEn", "Tourism and leisure"))
                .andExpect(redirectedUrl("/admin/taksonomie#AREA"));
        mvc.perform(get("/admin/taksonomie").with(as(admin)))
                .andExpect(content().string(allOf(containsString(code),
                        containsString("value=\"Turystyka i wypoczynek\""))));
    }

    @Test
    void fieldsTheFormDoesNotOfferChangeNeitherStatusNorUnitWhenAddedToTheRequest() throws Exception {
        String[] smuggled = { "status", "PUBLISHED", "leadUnitTeryt", KRAKOW, "demo", "true", "practiceId", "1",
                "owner", editor, "createdBy", editor, "lastVerified", "2020-01-01" };
        long id = Long.parseLong(mvc.perform(completeForm(post("/praktyki/nowa"), "Praktyka z dopisanymi polami",
                smuggled).with(as(official))).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl().replaceAll("\\D", ""));
        PracticeSnapshot created = practices.get(id, official);
        assertThat(created.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(created.content().leadUnitTeryt()).isEqualTo("1061011");

        String[] edit = java.util.stream.Stream.concat(java.util.Arrays.stream(smuggled),
                java.util.stream.Stream.of("version", Long.toString(created.version()))).toArray(String[]::new);
        mvc.perform(completeForm(post("/praktyki/{id}/edycja", id), "Praktyka z dopisanymi polami, zmieniona", edit)
                .with(as(official))).andExpect(status().is3xxRedirection());
        PracticeSnapshot edited = practices.get(id, official);
        assertThat(edited.content().title()).isEqualTo("Praktyka z dopisanymi polami, zmieniona");
        assertThat(edited.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(edited.content().leadUnitTeryt()).isEqualTo("1061011");
        assertThat(mvc.perform(get("/praktyki/{id}", id).with(as(otherOfficial))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Praktyka z dopisanymi polami");
    }
}
