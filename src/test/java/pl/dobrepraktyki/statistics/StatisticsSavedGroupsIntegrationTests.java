package pl.dobrepraktyki.statistics;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Saved peer groups ("moje grupy"): a user saves a custom group under a name, finds it on their page and
 * on a unit's comparison, and the comparison uses exactly its units; another user neither sees nor deletes
 * it; bad input names the problem in Polish and saves nothing.
 */
@IntegrationTest
class StatisticsSavedGroupsIntegrationTests {

    private static final Pattern CHOOSE = Pattern.compile("href=\"([^\"]*grupa=[^\"]*)\"[^>]*>Porównaj z grupą „([^”]*)”");
    private static final Pattern RENAME = Pattern.compile("/statystyki/moje-grupy/(\\d+)/nazwa(?=\"[^>]*Gminy powiatu kutnowskiego)");
    private static final Pattern DELETE = Pattern.compile("/statystyki/moje-grupy/(\\d+)/usun");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private MockHttpServletRequestBuilder save(String name, String units, String jst) {
        MockHttpServletRequestBuilder request = post("/statystyki/moje-grupy").param("nazwa", name).param("grupa", units);
        return jst == null ? request : request.param("jst", jst);
    }

    private String page(String path, String email) throws Exception {
        return mvc.perform(get(path).with(as(email))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long count(String email) {
        return jdbc.sql("select count(*) from stat_saved_group where owner = ?").param(email).query(Long.class).single();
    }

    @Test
    void aSavedGroupIsListedAndTheComparisonUsesExactlyItsUnits() throws Exception {
        String anna = TestAccounts.active(context, Role.OFFICIAL);
        mvc.perform(save("Wielkie miasta", "1465011; 1261011 0264011,1465011", "1061011").with(as(anna)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/statystyki/moje-grupy"));

        String mine = page("/statystyki/moje-grupy", anna);
        assertThat(mine).contains("Wielkie miasta").contains("Raport: Łódź na tle grupy");

        // the unit's comparison page offers the saved group; choosing it compares with exactly its units
        String comparison = page("/statystyki/jst/1061011/LUDNOSC", anna);
        Matcher choose = CHOOSE.matcher(comparison);
        assertThat(choose.find()).as("a link to compare with the saved group").isTrue();
        assertThat(choose.group(2)).isEqualTo("Wielkie miasta");
        String href = URLDecoder.decode(choose.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
        assertThat(href).startsWith("/statystyki/jst/1061011/LUDNOSC?grupa=");
        String grupa = href.substring(href.indexOf("grupa=") + 6);
        assertThat(grupa).isEqualTo("0264011,1261011,1465011");

        String compared = page(href, anna);
        // the custom group is the saved units and the compared unit itself (Łódź)
        assertThat(compared).contains("Własna grupa porównawcza, liczba jednostek: 4.");
        assertThat(compared).contains("3 z 4"); // Warszawa, Kraków, Łódź, Wrocław
        String members = page("/statystyki/jst/1061011/grupa?grupa=" + grupa, anna);
        List<String> codes = new ArrayList<>();
        Matcher td = Pattern.compile("<td>(\\d{7})</td>").matcher(members);
        while (td.find()) {
            codes.add(td.group(1));
        }
        Collections.sort(codes);
        assertThat(codes).containsExactly("0264011", "1061011", "1261011", "1465011");

        // the profile lists it as well
        assertThat(page("/statystyki/jst/1061011", anna)).contains("Porównaj z grupą „Wielkie miasta”");
        // anonymous visitors see no saved groups
        String anonymous = mvc.perform(get("/statystyki/jst/1061011/LUDNOSC")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(anonymous).doesNotContain("Wielkie miasta").doesNotContain("my-groups-heading");
        // without JavaScript the PNG buttons stay hidden (bdp.js shows them); the SVG and CSV links remain
        assertThat(anonymous).containsPattern("<button type=\"button\" class=\"link-button\" hidden data-png=\"1061011-LUDNOSC-lata.png\">")
                .contains("/statystyki/jst/1061011/LUDNOSC/wykres.svg").contains("/statystyki/jst/1061011/LUDNOSC/dane.csv");
    }

    @Test
    void anotherUserNeitherSeesNorDeletesTheGroup() throws Exception {
        String owner = TestAccounts.active(context, Role.EDITOR);
        String other = TestAccounts.active(context, Role.OFFICIAL);
        mvc.perform(save("Gminy wiejskie powiatu łęczyńskiego", "0614011,0614022", null).with(as(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Matcher id = DELETE.matcher(page("/statystyki/moje-grupy", owner));
        assertThat(id.find()).isTrue();
        String deletePath = id.group();

        assertThat(page("/statystyki/moje-grupy", other)).doesNotContain("powiatu łęczyńskiego");
        assertThat(page("/statystyki/jst/1061011/LUDNOSC", other)).doesNotContain("powiatu łęczyńskiego");
        mvc.perform(post(deletePath).with(as(other)).with(csrf())).andExpect(status().isNotFound());
        assertThat(count(owner)).isEqualTo(1);
        // without the CSRF token nothing is deleted
        mvc.perform(post(deletePath).with(as(owner))).andExpect(status().isForbidden());
        assertThat(count(owner)).isEqualTo(1);

        mvc.perform(post(deletePath).with(as(owner)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(count(owner)).isZero();
        assertThat(page("/statystyki/moje-grupy", owner)).doesNotContain("powiatu łęczyńskiego")
                .contains("Nie masz zapisanych grup porównawczych.");
    }

    @Test
    void badInputIsNamedInPolishAndSavesNothing() throws Exception {
        String email = TestAccounts.active(context, Role.MODERATOR);
        check(save("  ", "1061011", null), email, "Podaj nazwę grupy.");
        check(save("Pusta", " , ", null), email, "Podaj co najmniej jedną jednostkę (kod TERYT).");
        String typed = check(save("Z błędem", "1061011, 9999999, abc", null), email, "Nieznane kody TERYT: 9999999, abc.");
        // what the user typed stays in the form
        assertThat(typed).contains("value=\"Z błędem\"").contains("1061011, 9999999, abc");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add("1061011");
        }
        check(save("Za duża", String.join(",", many), null), email, "Grupa może liczyć najwyżej 500 jednostek.");
        assertThat(count(email)).isZero();

        mvc.perform(save("Duplikat", "1061011", null).with(as(email)).with(csrf())).andExpect(status().is3xxRedirection());
        check(save("duplikat", "1261011", null), email, "Masz już grupę o tej nazwie");
        assertThat(count(email)).isEqualTo(1);
        // without the CSRF token nothing is saved
        mvc.perform(save("Bez tokenu", "1061011", null).with(as(email))).andExpect(status().isForbidden());
        assertThat(count(email)).isEqualTo(1);
    }

    @Test
    void theOwnerRenamesAGroupAndBadNamesAreNamedInPolishWithNothingLost() throws Exception {
        String owner = TestAccounts.active(context, Role.OFFICIAL);
        String other = TestAccounts.active(context, Role.OFFICIAL);
        mvc.perform(save("Miasta wojewódzkie", "1465011,1261011", null).with(as(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(save("Gminy powiatu kutnowskiego", "0614011", null).with(as(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Matcher link = RENAME.matcher(page("/statystyki/moje-grupy", owner));
        assertThat(link.find()).as("a rename link on the list").isTrue();
        String path = link.group();
        long id = Long.parseLong(link.group(1));
        assertThat(page(path, owner)).contains("value=\"Gminy powiatu kutnowskiego\"");

        // bad names: a Polish message, the typed text stays in the form, the name is unchanged
        String empty = check(post(path).param("nazwa", "   "), owner, "Podaj nazwę grupy.");
        assertThat(empty).contains("aria-invalid=\"true\"");
        String tooLong = "x".repeat(121);
        assertThat(check(post(path).param("nazwa", tooLong), owner, "Nazwa grupy może mieć najwyżej 120 znaków."))
                .contains("value=\"" + tooLong + "\"");
        assertThat(check(post(path).param("nazwa", "MIASTA wojewódzkie"), owner, "Masz już grupę o tej nazwie"))
                .contains("value=\"MIASTA wojewódzkie\"");
        assertThat(name(id)).isEqualTo("Gminy powiatu kutnowskiego");

        // another user: neither the form nor the rename exists for them, and nothing of the group shows
        String foreignForm = mvc.perform(get(path).with(as(other))).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(foreignForm).doesNotContain("kutnowskiego");
        mvc.perform(post(path).param("nazwa", "Przejęta").with(as(other)).with(csrf())).andExpect(status().isNotFound());
        // anonymous visitors are sent to log in, without the CSRF token nothing changes
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        mvc.perform(post(path).param("nazwa", "Bez tokenu").with(as(owner))).andExpect(status().isForbidden());
        assertThat(name(id)).isEqualTo("Gminy powiatu kutnowskiego");

        // the owner renames it (changing only the letter case of its own name is allowed too)
        mvc.perform(post(path).param("nazwa", "  Gminy powiatu kutnowskiego (łódzkie) ").with(as(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/statystyki/moje-grupy"));
        assertThat(name(id)).isEqualTo("Gminy powiatu kutnowskiego (łódzkie)");
        mvc.perform(post(path).param("nazwa", "GMINY powiatu kutnowskiego (łódzkie)").with(as(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/statystyki/moje-grupy", owner)).contains("GMINY powiatu kutnowskiego (łódzkie)")
                .contains("Miasta wojewódzkie");
        assertThat(count(owner)).isEqualTo(2);
    }

    private String name(long id) {
        return jdbc.sql("select name from stat_saved_group where id = ?").param(id).query(String.class).single();
    }

    private String check(MockHttpServletRequestBuilder request, String email, String message) throws Exception {
        String body = mvc.perform(request.with(as(email)).with(csrf())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains(message).contains("role=\"alert\"");
        return body;
    }
}
