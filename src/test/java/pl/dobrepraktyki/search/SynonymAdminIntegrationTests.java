package pl.dobrepraktyki.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Editors keep the synonym groups on {@code /admin/synonimy}: valid groups only, never over a newer edit. */
@IntegrationTest
class SynonymAdminIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SynonymService synonyms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    private RequestPostProcessor editor;

    private String editorName;

    @BeforeEach
    void editor() {
        editorName = TestAccounts.active(context, Role.EDITOR);
        editor = user(context.getBean(UserDetailsService.class).loadUserByUsername(editorName));
    }

    private List<List<String>> allTerms() {
        return synonyms.groups().stream().map(SynonymGroupView::terms).toList();
    }

    private SynonymGroupView groupWith(String term) {
        return synonyms.groups().stream().filter(g -> g.terms().contains(term)).findFirst().orElseThrow();
    }

    @Test
    void theListShowsTheGroupsMovedFromTheFileOnceEachWithoutTheSpellingsWithoutPolishLetters() throws Exception {
        assertThat(allTerms()).contains(List.of("ops", "gops", "mops", "ośrodek pomocy społecznej"),
                List.of("ppp", "partnerstwo publiczno-prywatne"));

        mvc.perform(get("/admin/synonimy").with(editor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ops, gops, mops, ośrodek pomocy społecznej")))
                .andExpect(content().string(containsString("aria-describedby=\"terms-hint\"")));
        mvc.perform(get("/redakcja").with(editor))
                .andExpect(content().string(containsString("href=\"/admin/synonimy\"")));
    }

    @Test
    void theAdministratorsPageListLeadsToTheSynonymsAndTheSearchIndex() throws Exception {
        mvc.perform(get("/admin/uzytkownicy").with(user(context.getBean(UserDetailsService.class)
                .loadUserByUsername(TestAccounts.active(context, Role.ADMIN)))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/synonimy\"")))
                .andExpect(content().string(containsString("href=\"/admin/indeks\"")));
    }

    @Test
    void aGroupWithAnErrorIsNotSavedAndThePageSaysWhatIsWrong() throws Exception {
        Map<String, String> wrong = Map.of(
                "bielikowe", "co najmniej 2 różne wyrażenia",
                "bielik, Bielik", "co najmniej 2 różne wyrażenia",
                "bielik, , orzeł bielik", "Puste wyrażenie",
                "bielik, " + "b".repeat(81), "może mieć najwyżej 80 znaków",
                "bielik, orzeł bielik z gór i z lasów nad rzeką", "ma więcej niż 6 słów",
                "bielik, orzeł_bielik!", "Wyrażenie „orzeł_bielik!” zawiera niedozwolone znaki",
                "bielik, GOPS", "Wyrażenie „GOPS” jest już w innej grupie: ops, gops, mops, ośrodek pomocy społecznej",
                "bielik, osrodek pomocy spolecznej", "Wyrażenie „osrodek pomocy spolecznej” jest już w innej grupie",
                "bielik, ośrodka pomocy społecznej", "Wyrażenie „ośrodka pomocy społecznej” to odmiana wyrażenia "
                        + "„ośrodek pomocy społecznej” z innej grupy: ops, gops, mops, ośrodek pomocy społecznej",
                "bielik, " + String.join(", ", java.util.stream.IntStream.rangeClosed(1, 30)
                        .mapToObj(i -> "bielik" + i).toList()), "może mieć najwyżej 30 wyrażeń, a podano 31");
        List<List<String>> before = allTerms();

        for (var typed : wrong.entrySet()) {
            mvc.perform(post("/admin/synonimy").param("terms", typed.getKey()).with(editor).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(typed.getValue())))
                    .andExpect(content().string(containsString("id=\"terms-error\"")))
                    .andExpect(content().string(containsString("aria-describedby=\"terms-hint terms-error\"")))
                    .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        }

        assertThat(allTerms()).isEqualTo(before);
    }

    @Test
    void noTwoGroupsShareATermInAnyInflectedFormSoThatNoneIsShadowedInTheSearch() {
        List<SynonymGroupView> all = synonyms.groups();
        List<String> shared = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                for (String a : all.get(i).terms()) {
                    for (String b : all.get(j).terms()) {
                        if (Synonyms.sameInQueries(a, b)) {
                            shared.add(a + " / " + b);
                        }
                    }
                }
            }
        }
        assertThat(all).hasSizeGreaterThan(20);
        assertThat(shared).isEmpty();
    }

    @Test
    void aValidGroupIsSavedTidiedAndAnEditToATermOfAnotherGroupIsRefused() throws Exception {
        mvc.perform(post("/admin/synonimy").param("terms", " czapla ,  czapla   siwa, CZAPLA,Czapla-Siwa ")
                        .with(editor).with(csrf()))
                .andExpect(redirectedUrl("/admin/synonimy"));
        SynonymGroupView saved = groupWith("czapla");
        assertThat(saved.terms()).containsExactly("czapla", "czapla siwa");

        mvc.perform(post("/admin/synonimy/{id}", saved.id()).param("terms", "czapla, mops")
                        .param("version", String.valueOf(saved.version())).with(editor).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wyrażenie „mops” jest już w innej grupie")));
        assertThat(synonyms.group(saved.id()).terms()).containsExactly("czapla", "czapla siwa");

        synonyms.delete(saved.id(), saved.version(), "redaktor@example.pl");
    }

    @Test
    void anEditOfAStaleVersionIsRefusedAndKeepsTheNewerTerms() throws Exception {
        synonyms.add(List.of("pustułka", "sokół pustułka"), "inny.redaktor@example.pl");
        SynonymGroupView opened = groupWith("pustułka");
        String form = mvc.perform(get("/admin/synonimy/{id}", opened.id()).with(editor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the textarea writes "ó" as an entity
        assertThat(HtmlUtils.htmlUnescape(form)).contains(">pustułka, sokół pustułka</textarea>")
                .contains("name=\"version\" value=\"" + opened.version() + "\"");
        synonyms.update(opened.id(), opened.version(), List.of("pustułka", "sokół pustułka", "pustułka zwyczajna"),
                "inny.redaktor@example.pl");

        mvc.perform(post("/admin/synonimy/{id}", opened.id()).param("terms", "pustułka, kestrel")
                        .param("version", String.valueOf(opened.version())).with(editor).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ktoś zmienił tę grupę, gdy ją edytowałeś")))
                .andExpect(content().string(containsString("pustułka, sokół pustułka, pustułka zwyczajna")))
                .andExpect(content().string(containsString("pustułka, kestrel")));
        assertThat(synonyms.group(opened.id()).terms()).containsExactly("pustułka", "sokół pustułka",
                "pustułka zwyczajna");

        mvc.perform(post("/admin/synonimy/{id}/usun", opened.id()).param("version", String.valueOf(opened.version()))
                        .with(editor).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Grupy nie usunięto")));
        assertThat(allTerms()).contains(List.of("pustułka", "sokół pustułka", "pustułka zwyczajna"));

        long current = synonyms.group(opened.id()).version();
        mvc.perform(get("/admin/synonimy/{id}/usun", opened.id()).with(editor))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + current + "\"")));
        mvc.perform(post("/admin/synonimy/{id}/usun", opened.id()).param("version", String.valueOf(current))
                        .with(editor).with(csrf()))
                .andExpect(redirectedUrl("/admin/synonimy"));
        assertThat(allTerms()).noneMatch(terms -> terms.contains("pustułka"));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/admin/synonimy").with(editor))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.substring(page.indexOf("id=\"groups-heading\""), page.indexOf("id=\"deleted-heading\"")))
                .as("the groups in force").doesNotContain("pustułka");
        assertThat(page.substring(page.indexOf("id=\"deleted-heading\"")))
                .as("recently deleted: the terms, who and when")
                .contains("Ostatnio usunięte grupy", "pustułka, sokół pustułka, pustułka zwyczajna",
                        clock.instant().atZone(java.time.ZoneId.of("Europe/Warsaw"))
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                        editorName);
    }

    @Test
    void aGroupChangedOnAnotherNodeIsUsedOnceTheCopyInMemoryIsThirtySecondsOld() {
        synonyms.add(List.of("mewa", "mewa śmieszka"), "test");
        long id = groupWith("mewa").id();
        assertThat(synonyms.current().spans(List.of("rybitwa")).get(0).synonym()).isFalse();
        try {
            // another application node saves a group: this node's copy does not know of it yet
            jdbc.sql("insert into search_synonym_group (terms, updated_at, updated_by) values (?, current_timestamp, ?)")
                    .params("rybitwa, rybitwa rzeczna", "node-b").update();
            assertThat(synonyms.current().spans(List.of("rybitwa")).get(0).synonym()).isFalse();

            clock.advance(Duration.ofSeconds(31));

            assertThat(synonyms.current().spans(List.of("rybitwa")).get(0).terms())
                    .containsExactly(List.of("rybitwa"), List.of("rybitwa", "rzeczna"));
        }
        finally {
            clock.reset();
            jdbc.sql("delete from search_synonym_group where updated_by = 'node-b'").update();
            synonyms.delete(id, 0, "redaktor@example.pl");
        }
    }
}
