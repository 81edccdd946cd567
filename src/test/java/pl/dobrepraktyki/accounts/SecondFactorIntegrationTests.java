package pl.dobrepraktyki.accounts;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import pl.dobrepraktyki.accounts.internal.AccountTokens;
import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.Totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The second factor at login (TOTP, RFC 6238), its enrolment, and its reset by an administrator. */
@IntegrationTest
class SecondFactorIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private MockHttpSession password(String email, String expectedRedirect) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/logowanie").session(session).with(csrf()).param("email", email)
                .param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl(expectedRedirect))
                .andExpect(unauthenticated());
        return session;
    }

    private MvcResult code(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/logowanie/kod").session(session).with(csrf()).param("code", code)).andReturn();
    }

    private List<String> auditOf(String email) {
        return jdbc.sql("select type from audit_event where subject = ? order by id").param(email)
                .query(String.class).list();
    }

    @Test
    void aCorrectPasswordAloneGivesAnEditorNoSessionWithTheRole() throws Exception {
        String editor = TestAccounts.active(context, Role.EDITOR);
        MockHttpSession session = password(editor, "/logowanie/kod");

        mvc.perform(get("/redakcja").session(session)).andExpect(redirectedUrl("/logowanie"))
                .andExpect(unauthenticated());
        mvc.perform(get("/logowanie/kod").session(session)).andExpect(view().name("accounts/second-factor"));

        assertThat(code(session, TestAccounts.code(context, editor)).getResponse().getRedirectedUrl())
                .as("back to the page that asked for the login").isEqualTo("http://localhost/redakcja?continue");
        mvc.perform(get("/redakcja").session(session)).andExpect(status().isOk())
                .andExpect(authenticated().withUsername(editor).withRoles("EDITOR"));
        assertThat(auditOf(editor)).containsSubsequence("PASSWORD_ACCEPTED", "LOGIN_SUCCEEDED");
    }

    @Test
    void anOfficialWithoutASecondFactorIsSignedInByThePassword() throws Exception {
        String official = TestAccounts.active(context, Role.OFFICIAL);
        mvc.perform(post("/logowanie").with(csrf()).param("email", official).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/")).andExpect(authenticated().withRoles("OFFICIAL"));
    }

    @Test
    void aCodeIsAcceptedOnceAndAWrongCodeIsRefused() throws Exception {
        String juror = TestAccounts.active(context, Role.JURY_MEMBER);
        String now = Totp.code(TestAccounts.TOTP_SECRET, Totp.step(clock.instant()));

        MockHttpSession first = password(juror, "/logowanie/kod");
        assertThat(code(first, now).getResponse().getRedirectedUrl()).isEqualTo("/");

        MockHttpSession second = password(juror, "/logowanie/kod");
        MvcResult reused = code(second, now);
        assertThat(reused.getModelAndView().getModel().get("error")).isEqualTo("accounts.secondFactor.wrongCode");
        mvc.perform(get("/konto").session(second)).andExpect(unauthenticated());
        MvcResult wrong = code(second, now.equals("000000") ? "111111" : "000000");
        assertThat(wrong.getModelAndView().getViewName()).isEqualTo("accounts/second-factor");
        assertThat(auditOf(juror)).containsSubsequence("LOGIN_SUCCEEDED", "PASSWORD_ACCEPTED", "SECOND_FACTOR_FAILED",
                "SECOND_FACTOR_FAILED");
    }

    @Test
    void aModeratorWithoutASecondFactorMustEnrolWithACorrectCodeAndGetsTenHashedRecoveryCodes() throws Exception {
        String moderator = TestAccounts.activeWithoutSecondFactor(context, Role.MODERATOR);
        MockHttpSession session = password(moderator, "/logowanie/weryfikacja-dwuetapowa");
        mvc.perform(get("/konto").session(session)).andExpect(unauthenticated());

        MvcResult form = mvc.perform(get("/logowanie/weryfikacja-dwuetapowa").session(session))
                .andExpect(view().name("accounts/second-factor-enrol")).andReturn();
        SecondFactorService.Enrolment enrolment = (SecondFactorService.Enrolment) form.getModelAndView().getModel()
                .get("enrolment");
        assertThat(enrolment.qrCodeDataUri()).startsWith("data:image/png;base64,");
        String code = Totp.code(enrolment.secret(), Totp.step(clock.instant()));

        mvc.perform(post("/logowanie/weryfikacja-dwuetapowa").session(session).with(csrf()).param("code",
                code.equals("000000") ? "111111" : "000000"))
                .andExpect(model().attribute("error", "accounts.secondFactor.wrongCode")).andExpect(unauthenticated());
        MvcResult done = mvc.perform(post("/logowanie/weryfikacja-dwuetapowa").session(session).with(csrf())
                .param("code", code)).andExpect(view().name("accounts/recovery-codes")).andReturn();

        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) done.getModelAndView().getModel().get("codes");
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
        List<String> hashes = jdbc.sql("select code_hash from recovery_code where user_id = (select id from"
                + " user_account where email = ?)").param(moderator).query(String.class).list();
        assertThat(hashes).hasSize(10).doesNotContainAnyElementsOf(codes)
                .containsExactlyInAnyOrderElementsOf(codes.stream().map(AccountTokens::hash).toList());
        mvc.perform(get("/grupy/nowa").session(session)).andExpect(status().isOk())
                .andExpect(authenticated().withRoles("MODERATOR"));
        assertThat(auditOf(moderator)).containsSubsequence("PASSWORD_ACCEPTED", "SECOND_FACTOR_ENROLLED",
                "LOGIN_SUCCEEDED");
    }

    @Test
    void anOfficialMayEnrolFromTheAccountPageAndIsThenAskedForTheCode() throws Exception {
        String official = TestAccounts.active(context, Role.OFFICIAL);
        MockHttpSession session = new MockHttpSession();
        MvcResult form = mvc.perform(get("/konto/weryfikacja-dwuetapowa").session(session)
                .with(user(users.loadUserByUsername(official)))).andExpect(view().name("accounts/second-factor-enrol"))
                .andReturn();
        String secret = ((SecondFactorService.Enrolment) form.getModelAndView().getModel().get("enrolment")).secret();
        mvc.perform(post("/konto/weryfikacja-dwuetapowa").session(session).with(csrf())
                .with(user(users.loadUserByUsername(official)))
                .param("code", Totp.code(secret, Totp.step(clock.instant()))))
                .andExpect(view().name("accounts/recovery-codes"));

        password(official, "/logowanie/kod");
    }

    @Test
    void anAdministratorResetsASecondFactorTheResetIsAuditedAndThePersonEnrolsAgain() throws Exception {
        String admin = TestAccounts.active(context, Role.ADMIN);
        String editor = TestAccounts.active(context, Role.EDITOR);
        long id = jdbc.sql("select id from user_account where email = ?").param(editor).query(Long.class).single();
        long version = jdbc.sql("select version from user_account where id = ?").param(id).query(Long.class).single();
        jdbc.sql("insert into recovery_code (user_id, code_hash) values (?, 'x')").param(id).update();

        mvc.perform(get("/admin/uzytkownicy/{id}", id).with(user(users.loadUserByUsername(admin))))
                .andExpect(content().string(containsString("Wyłącz weryfikację dwuetapową")));
        mvc.perform(post("/admin/uzytkownicy/{id}/weryfikacja-dwuetapowa/reset", id).with(csrf())
                .with(user(users.loadUserByUsername(admin))).param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/uzytkownicy/" + id));

        mvc.perform(get("/admin/uzytkownicy/{id}", id).with(user(users.loadUserByUsername(admin))))
                .andExpect(content().string(not(containsString("Wyłącz weryfikację dwuetapową"))));
        assertThat(jdbc.sql("select totp_secret from user_account where id = ?").param(id).query(String.class)
                .optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from recovery_code where user_id = ?").param(id).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select actor from audit_event where type = 'SECOND_FACTOR_RESET' and subject = ?")
                .param(editor).query(String.class).list()).containsExactly(admin);
        password(editor, "/logowanie/weryfikacja-dwuetapowa");

        mvc.perform(post("/admin/uzytkownicy/{id}/weryfikacja-dwuetapowa/reset", id).with(csrf())
                .with(user(users.loadUserByUsername(admin))).param("version", String.valueOf(version + 1)))
                .andExpect(model().attribute("error", "accounts.secondFactor.notEnrolled"));
    }
}
