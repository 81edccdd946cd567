package pl.dobrepraktyki.news;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
class NewsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    NewsService news;

    @Autowired
    SearchService search;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private String editor() {
        return TestAccounts.active(context, Role.EDITOR);
    }

    @Test
    void anEditorWritesADraftPublishesItAndThePublicSeesItEverywhere() throws Exception {
        String editor = editor();
        String title = NewsFixtures.unique("Nabór wniosków o dotacje na kluby seniora");
        MvcResult created = mvc.perform(post("/redakcja/tresci/nowa").with(csrf()).with(as(editor))
                .param("kind", "NEWS").param("title", title).param("lead", "Gminy mogą składać wnioski do końca marca.")
                .param("body", "Szczegóły **naboru** <script>alert(1)</script>").param("links", ""))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D", ""));

        // a draft: 404 for the public, visible with a badge for editors, absent from lists and the home page
        mvc.perform(get("/aktualnosci/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/aktualnosci/{id}", id).with(as(TestAccounts.active(context, Role.OFFICIAL))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/aktualnosci/{id}", id).with(as(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString("szkic"))));
        mvc.perform(get("/aktualnosci")).andExpect(content().string(not(containsString(title))));

        mvc.perform(post("/redakcja/tresci/{id}/publikuj", id).param("version", "0").with(csrf()).with(as(editor)))
                .andExpect(redirectedUrl("/redakcja/tresci/" + id))
                .andExpect(flash().attribute("flash", "news.flash.published"));

        mvc.perform(get("/aktualnosci/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString("<strong>naboru</strong>"),
                        not(containsString("<script>alert")), not(containsString("Ten szkic")))));
        mvc.perform(get("/aktualnosci")).andExpect(content().string(containsString(title)));
        mvc.perform(get("/")).andExpect(content().string(allOf(containsString(title),
                containsString("Gminy mogą składać wnioski do końca marca."), containsString("href=\"/aktualnosci\""))));
        mvc.perform(get("/kanaly/aktualnosci.atom"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/atom+xml")))
                .andExpect(content().string(allOf(containsString(title), containsString("/aktualnosci/" + id))));
        mvc.perform(get("/sitemap/tresci-1.xml")).andExpect(content().string(containsString("/aktualnosci/" + id)));
        await().atMost(Duration.ofSeconds(30)).until(() -> search.findContent(Article.class, title, 10).stream()
                .anyMatch(a -> a.getId() == id));

        // withdrawn: a draft again, 404 for the public, no longer found
        mvc.perform(post("/redakcja/tresci/{id}/wycofaj", id).param("version", "1").with(csrf()).with(as(editor)))
                .andExpect(flash().attribute("flash", "news.flash.withdrawn"));
        mvc.perform(get("/aktualnosci/{id}", id)).andExpect(status().isNotFound());
        await().atMost(Duration.ofSeconds(30)).until(() -> search.findContent(Article.class, title, 10).stream()
                .noneMatch(a -> a.getId() == id));
    }

    @Test
    void aDraftIsNeverFoundByTheSearch() throws Exception {
        String word = "Wodociągizacja" + NewsFixtures.unique("").strip().replace("-", "");
        ArticleView draft = NewsFixtures.draft(context, ArticleKind.NEWS, word);
        ArticleView published = NewsFixtures.published(context, ArticleKind.PUBLICATION, word + " poradnik");
        await().atMost(Duration.ofSeconds(30)).until(() -> search.findContent(Article.class, word, 10).stream()
                .anyMatch(a -> a.getId() == published.id()));
        assertThat(search.findContent(Article.class, word, 10)).extracting(Article::getId)
                .doesNotContain(draft.id());
        mvc.perform(get("/publikacje/{id}", published.id())).andExpect(status().isOk());
        // a publication is not a news item
        mvc.perform(get("/aktualnosci/{id}", published.id())).andExpect(status().isNotFound());
    }

    @Test
    void aStaleEditAnswersConflictKeepingTheEditorsTextAndOverwritesNothing() throws Exception {
        String editor = editor();
        ArticleView article = NewsFixtures.draft(context, ArticleKind.NEWS, NewsFixtures.unique("Konflikt"));
        // someone else saves first (version 0 -> 1)
        news.update(article.id(), 0, NewsFixtures.content("Tytuł drugiej osoby"), TestAccounts.active(context, Role.ADMIN));

        mvc.perform(post("/redakcja/tresci/{id}", article.id()).with(csrf()).with(as(editor))
                .param("title", "Mój tytuł po długiej pracy").param("lead", "Moja zajawka").param("body", "Mój tekst")
                .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Ktoś zapisał zmiany przed Tobą"),
                        containsString("Mój tytuł po długiej pracy"), containsString("Tytuł drugiej osoby"),
                        containsString("name=\"version\" value=\"1\""))));
        assertThat(news.forEditor(article.id()).title()).isEqualTo("Tytuł drugiej osoby");

        // a stale publish is refused too
        mvc.perform(post("/redakcja/tresci/{id}/publikuj", article.id()).param("version", "0").with(csrf())
                .with(as(editor))).andExpect(status().isConflict());
        assertThat(news.forEditor(article.id()).published()).isFalse();
    }

    @Test
    void missingFieldsAndUnknownLinksAreNamedInPolishNextToTheirFields() throws Exception {
        mvc.perform(post("/redakcja/tresci/nowa").with(csrf()).with(as(editor())).param("kind", "NEWS")
                .param("title", "").param("lead", "Zajawka").param("links", "/praktyki/999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Wpisz tytuł."),
                        containsString("Pod adresem /praktyki/999999 nie ma publicznej strony na platformie."),
                        containsString("aria-describedby=\"links-hint links-error\""),
                        containsString("aria-invalid=\"true\""))));
        mvc.perform(post("/redakcja/tresci/nowa").with(csrf()).with(as(editor())).param("kind", "PAGE")
                .param("title", "Strona").param("lead", "Zajawka").param("slug", "Zła Ścieżka")
                .param("links", "https://example.com/cos"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Adres strony może zawierać tylko małe litery"),
                        containsString("nie jest adresem praktyki, edycji konkursu, grupy ani spotkania"))));
    }

    @Test
    void anArticleLinksToAPracticeAndThePracticePageListsIt() throws Exception {
        PracticeSnapshot practice = NewsFixtures.practice(context, NewsFixtures.unique("Praktyka w aktualnościach"));
        String title = NewsFixtures.unique("O praktyce piszemy");
        ArticleView article = news.create(ArticleKind.NEWS, new ArticleContent(title, "Zajawka", null, null,
                List.of("http://localhost/praktyki/" + practice.practiceId())), editor());
        assertThat(article.linkPaths()).containsExactly("/praktyki/" + practice.practiceId());
        news.publish(article.id(), article.version(), editor());

        mvc.perform(get("/aktualnosci/{id}", article.id()))
                .andExpect(content().string(allOf(containsString("Czego dotyczy ten tekst"),
                        containsString(practice.content().title()),
                        containsString("href=\"/praktyki/" + practice.practiceId() + "\""))));
        mvc.perform(get("/praktyki/{id}", practice.practiceId()))
                .andExpect(content().string(allOf(containsString("W aktualnościach"), containsString(title))));
    }

    @Test
    void aPageHasItsAddressAndEveryVersionIsKept() throws Exception {
        String slug = "strona-" + NewsFixtures.unique("").strip();
        String editor = editor();
        ArticleView page = news.create(ArticleKind.PAGE, new ArticleContent("Partnerzy testowi", "Kto z nami pracuje",
                "Pierwsza treść", slug, List.of()), editor);
        mvc.perform(get("/strony/{slug}", slug)).andExpect(status().isNotFound());
        ArticleView edited = news.update(page.id(), page.version(), new ArticleContent("Partnerzy", "Kto z nami pracuje",
                "Druga treść", slug, List.of()), editor);
        news.publish(page.id(), edited.version(), editor);
        mvc.perform(get("/strony/{slug}", slug)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Partnerzy"), containsString("Druga treść"))));

        mvc.perform(get("/redakcja/tresci/{id}/wersje", page.id()).with(as(editor)))
                .andExpect(content().string(allOf(containsString("Wersja 3"), containsString("Wersja 1"))));
        mvc.perform(get("/redakcja/tresci/{id}/wersje/1", page.id()).with(as(editor)))
                .andExpect(content().string(allOf(containsString("Partnerzy testowi"), containsString("Pierwsza treść"))));
        // the editors' list, filtered
        mvc.perform(get("/redakcja/tresci").param("rodzaj", "PAGE").param("status", "PUBLISHED").with(as(editor)))
                .andExpect(content().string(containsString("href=\"/redakcja/tresci/" + page.id() + "\"")));
    }

    @Test
    void aPublicationTakesPdfFilesOnly() throws Exception {
        String editor = editor();
        ArticleView publication = NewsFixtures.draft(context, ArticleKind.PUBLICATION, NewsFixtures.unique("Raport"));

        mvc.perform(multipart("/redakcja/tresci/{id}/pliki", publication.id())
                .file(new MockMultipartFile("plik", "wykres.png", "image/png", png())).with(csrf()).with(as(editor)))
                .andExpect(redirectedUrl("/redakcja/tresci/" + publication.id() + "#pliki"))
                .andExpect(flash().attribute("fileError", "news.file.pdfOnly"));
        mvc.perform(multipart("/redakcja/tresci/{id}/pliki", publication.id())
                .file(new MockMultipartFile("plik", "raport.pdf", "application/pdf", "<html>nie PDF</html>".getBytes()))
                .with(csrf()).with(as(editor)))
                .andExpect(flash().attributeExists("fileError"));
        assertThat(news.forEditor(publication.id()).files()).isEmpty();

        mvc.perform(multipart("/redakcja/tresci/{id}/pliki", publication.id())
                .file(new MockMultipartFile("plik", "raport.pdf", "application/pdf", NewsDemoContent.guidePdf()))
                .with(csrf()).with(as(editor)))
                .andExpect(flash().attribute("flash", "news.flash.fileAdded"));
        long fileId = news.forEditor(publication.id()).files().get(0).id();
        mvc.perform(get("/publikacje/pliki/{f}", fileId)).andExpect(status().isNotFound());
        news.publish(publication.id(), publication.version(), editor);
        mvc.perform(get("/publikacje/pliki/{f}", fileId))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(get("/publikacje/{id}", publication.id()))
                .andExpect(content().string(containsString("raport.pdf")));
    }

    @Test
    void theDemonstrationContentIsThreeNewsAGuideAndThreePages() throws Exception {
        if (!news.hasDemo()) {
            context.getBean(NewsDemoContent.class).load();
        }
        for (String slug : List.of("o-platformie", "partnerzy", "inne-bazy")) {
            mvc.perform(get("/strony/{slug}", slug)).andExpect(status().isOk());
        }
        mvc.perform(get("/publikacje")).andExpect(content().string(containsString("Jak opisać dobrą praktykę")));
        mvc.perform(get("/aktualnosci")).andExpect(content().string(containsString("Ruszyła Baza Dobrych Praktyk")));
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
