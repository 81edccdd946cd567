package pl.dobrepraktyki.accounts;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.MailTestConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class AccountsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private MvcResult register(String email, String password, String teryt) throws Exception {
        return mvc.perform(post("/rejestracja").with(csrf()).param("displayName", "Anna Nowak")
                .param("email", email).param("unitTeryt", teryt).param("jobTitle", "Sekretarz gminy")
                .param("password", password).param("passwordRepeat", password).param("consent", "true"))
                .andReturn();
    }

    private String tokenPath(String email, String path) {
        return MailTestConfiguration.linkInLastMail(greenMail, email, "http://localhost" + path)
                .substring("http://localhost".length());
    }

    @Test
    void officialRegistersConfirmsIsApprovedAndLogsIn() throws Exception {
        String email = "anna.nowak@lodz.example.pl";
        assertThat(register(email, TestAccounts.PASSWORD, "1061").getModelAndView().getViewName())
                .isEqualTo("accounts/register-sent");

        mvc.perform(formLogin("/logowanie").userParameter("email").user(email).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/logowanie?nieaktywne")).andExpect(unauthenticated());

        mvc.perform(get(tokenPath(email, "/rejestracja/potwierdz"))).andExpect(model().attribute("confirmed", true));
        mvc.perform(get(tokenPath(email, "/rejestracja/potwierdz")))
                .andExpect(model().attribute("confirmed", false));

        String editor = TestAccounts.active(context, Role.EDITOR);
        Long id = jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
        mvc.perform(get("/redakcja/rejestracje").with(user(users.loadUserByUsername(editor))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(email)));
        mvc.perform(post("/redakcja/rejestracje/{id}/zatwierdz", id).with(csrf())
                .with(user(users.loadUserByUsername(editor)))).andExpect(redirectedUrl("/redakcja/rejestracje"));
        assertThat(MailTestConfiguration.mailTo(greenMail, email).get(1).getSubject()).contains("zatwierdzone");

        mvc.perform(formLogin("/logowanie").userParameter("email").user(email).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/")).andExpect(authenticated().withRoles("OFFICIAL"));
        assertThat(jdbc.sql("select unit_teryt from user_account where email = ?").param(email).query(String.class)
                .single()).as("a city county's powiat code is stored as its gmina code").isEqualTo("1061011");
    }

    @Test
    void registrationRefusesAnUnknownUnitAWeakPasswordAndMissingConsentWithReasons() throws Exception {
        assertThat(register("x1@example.pl", TestAccounts.PASSWORD, "9999999").getModelAndView().getModel()
                .get("org.springframework.validation.BindingResult.form").toString()).contains("unknownUnit");
        mvc.perform(post("/rejestracja").with(csrf()).param("displayName", "A").param("email", "x2@example.pl")
                .param("unitTeryt", "1061011").param("password", "qwerty123456").param("passwordRepeat", "qwerty123456")
                .param("consent", "true"))
                .andExpect(view().name("accounts/register"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "accounts.password.common"));
        mvc.perform(post("/rejestracja").with(csrf()).param("displayName", "").param("email", "nie-email")
                .param("unitTeryt", "12").param("password", "krótkie").param("passwordRepeat", "inne"))
                .andExpect(view().name("accounts/register"))
                .andExpect(model().attributeHasFieldErrors("form", "displayName", "email", "password", "consent"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Podaj imię i nazwisko.")));
        assertThat(jdbc.sql("select count(*) from user_account where email like 'x_@example.pl'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void theUnitCanBeGivenByNameWithSuggestionsAndAChoiceWhenTheNameIsAmbiguous() throws Exception {
        mvc.perform(get("/rejestracja/jednostki").param("unitTeryt", "lodz").header("HX-Request", "true"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<option value=\"1061011\">miasto Łódź</option>")));
        MvcResult ambiguous = register("y1@example.pl", TestAccounts.PASSWORD, "Łódź");
        assertThat(ambiguous.getModelAndView().getViewName()).isEqualTo("accounts/register");
        assertThat(ambiguous.getResponse().getContentAsString()).contains("name=\"unitChoice\"", "value=\"1061011\"");
        assertThat(register("y2@example.pl", TestAccounts.PASSWORD, "Atlantyda").getModelAndView().getModel()
                .get("org.springframework.validation.BindingResult.form").toString()).contains("unit.noMatch");

        mvc.perform(post("/rejestracja").with(csrf()).param("displayName", "Jan Nowak").param("email", "y3@example.pl")
                .param("unitTeryt", "Łódź").param("unitChoice", "1061011").param("password", TestAccounts.PASSWORD)
                .param("passwordRepeat", TestAccounts.PASSWORD).param("consent", "true"))
                .andExpect(view().name("accounts/register-sent"));
        assertThat(jdbc.sql("select unit_teryt from user_account where email = 'y3@example.pl'").query(String.class)
                .single()).isEqualTo("1061011");
    }

    @Test
    void registeringAnExistingAddressLooksTheSameButMailsTheOwner() throws Exception {
        String existing = TestAccounts.active(context, Role.OFFICIAL);
        assertThat(register(existing, "inne dobre hasło 2026", "1061011").getModelAndView().getViewName())
                .isEqualTo("accounts/register-sent");
        assertThat(MailTestConfiguration.mailTo(greenMail, existing)).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("już istnieje"));
    }

    @Test
    void fiveWrongPasswordsThrottleEvenTheRightOne() throws Exception {
        String email = TestAccounts.active(context, Role.OFFICIAL);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/logowanie").userParameter("email").user(email).password("złe hasło " + i))
                    .andExpect(redirectedUrl("/logowanie?blad"));
        }
        mvc.perform(formLogin("/logowanie").userParameter("email").user(email).password(TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/logowanie?zablokowane")).andExpect(unauthenticated());
        assertThat(jdbc.sql("select type from audit_event where subject = ? order by id").param(email)
                .query(String.class).list()).containsSequence("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                        "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_THROTTLED");
    }

    @Test
    void loginGivesANewSessionId() throws Exception {
        String email = TestAccounts.active(context, Role.OFFICIAL);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        HttpSession after = mvc.perform(post("/logowanie").session(session).with(csrf()).param("email", email)
                .param("password", TestAccounts.PASSWORD)).andExpect(authenticated()).andReturn().getRequest()
                .getSession(false);
        assertThat(after.getId()).isNotEqualTo(before);
    }

    @Test
    void passwordIsStoredAsABcryptHashAndCheckedExactlyAsTyped() throws Exception {
        String email = TestAccounts.active(context, Role.OFFICIAL);
        assertThat(jdbc.sql("select password_hash from user_account where email = ?").param(email).query(String.class)
                .single()).startsWith("{bcrypt}$2a$");
        mvc.perform(formLogin("/logowanie").userParameter("email").user(email)
                .password(TestAccounts.PASSWORD.toUpperCase())).andExpect(unauthenticated());
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/haslo/reset").param("email", "a@example.pl")).andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void passwordResetLinkWorksOnceAndTheNewPasswordLogsIn() throws Exception {
        String email = TestAccounts.active(context, Role.OFFICIAL);
        mvc.perform(post("/haslo/reset").with(csrf()).param("email", email)).andExpect(model().attribute("sent", true));
        mvc.perform(post("/haslo/reset").with(csrf()).param("email", "nikt@example.pl"))
                .andExpect(model().attribute("sent", true));
        String link = tokenPath(email, "/haslo/nowe");
        String token = link.substring(link.indexOf("token=") + 6);
        mvc.perform(post("/haslo/nowe").with(csrf()).param("token", token).param("password", "password1234")
                .param("passwordRepeat", "password1234"))
                .andExpect(model().attribute("passwordError", "accounts.password.common"));
        mvc.perform(post("/haslo/nowe").with(csrf()).param("token", token).param("password", "nowe hasło nad Odrą")
                .param("passwordRepeat", "nowe hasło nad Odrą")).andExpect(redirectedUrl("/logowanie"));
        mvc.perform(post("/haslo/nowe").with(csrf()).param("token", token).param("password", "jeszcze inne hasło")
                .param("passwordRepeat", "jeszcze inne hasło")).andExpect(model().attribute("valid", false));
        mvc.perform(formLogin("/logowanie").userParameter("email").user(email).password("nowe hasło nad Odrą"))
                .andExpect(authenticated());
    }

    @Test
    void adminDisablesAnAccountAndItsSessionEnds() throws Exception {
        String admin = TestAccounts.active(context, Role.ADMIN);
        String official = TestAccounts.active(context, Role.OFFICIAL);
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/logowanie").with(csrf())
                .param("email", official).param("password", TestAccounts.PASSWORD)).andReturn().getRequest()
                .getSession(false);
        mvc.perform(get("/konto").session(session)).andExpect(status().isOk());

        Long id = jdbc.sql("select id from user_account where email = ?").param(official).query(Long.class).single();
        long version = jdbc.sql("select version from user_account where id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/admin/uzytkownicy/{id}/zablokuj", id).param("version", String.valueOf(version))
                .with(csrf()).with(user(users.loadUserByUsername(admin))))
                .andExpect(redirectedUrl("/admin/uzytkownicy/" + id));

        mvc.perform(get("/konto").session(session)).andExpect(redirectedUrl("/logowanie?nieaktywne"));
        mvc.perform(formLogin("/logowanie").userParameter("email").user(official).password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void aStaleRoleChangeShowsTheConflictPageAndChangesNothing() throws Exception {
        String admin = TestAccounts.active(context, Role.ADMIN);
        String official = TestAccounts.active(context, Role.OFFICIAL);
        Long id = jdbc.sql("select id from user_account where email = ?").param(official).query(Long.class).single();
        long version = jdbc.sql("select version from user_account where id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/admin/uzytkownicy/{id}/role", id).param("roles", "OFFICIAL", "EDITOR")
                .param("version", String.valueOf(version)).with(csrf()).with(user(users.loadUserByUsername(admin))))
                .andExpect(redirectedUrl("/admin/uzytkownicy/" + id));
        mvc.perform(post("/admin/uzytkownicy/{id}/role", id).param("roles", "ADMIN")
                .param("version", String.valueOf(version)).with(csrf()).with(user(users.loadUserByUsername(admin))))
                .andExpect(status().isConflict()).andExpect(view().name("error/409"));
        assertThat(jdbc.sql("select role from user_account_role where user_id = ? order by role").param(id)
                .query(String.class).list()).containsExactly("EDITOR", "OFFICIAL");
        assertThat(jdbc.sql("select type from audit_event where subject = ?").param(official).query(String.class)
                .list()).contains("ROLES_CHANGED");
    }

    @Test
    void aWeakFirstAdministratorPasswordIsRefusedWithAReasonPeopleCanRead() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.getBean(AccountBootstrap.class)
                        .createAdministrator("szef@example.pl", "haslo-szef@example.pl"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Hasło nie może zawierać Twojego adresu e-mail")
                .hasMessageNotContaining("accounts.password");
    }
}
