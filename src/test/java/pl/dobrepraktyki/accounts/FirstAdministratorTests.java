package pl.dobrepraktyki.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The first administrator comes from BDP_ADMIN_EMAIL / BDP_ADMIN_PASSWORD at first start. Runs on a
 * database of its own (in-memory H2), because it needs one that has no administrator yet.
 */
@SpringBootTest(properties = {"bdp.admin.email=Szef@Example.pl", "bdp.admin.password=pierwszy administrator bazy"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FirstAdministratorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorFromTheEnvironmentExistsOnceAndLogsInToSetUpTheSecondFactor() throws Exception {
        assertThat(jdbc.sql("select r.role from user_account u join user_account_role r on r.user_id = u.id "
                + "where u.email = 'szef@example.pl'").query(String.class).list()).containsExactly("ADMIN");
        // the password is accepted; an administrator sets up the second factor before being signed in
        mvc.perform(formLogin("/logowanie").userParameter("email").user("szef@example.pl")
                .password("pierwszy administrator bazy")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/logowanie/weryfikacja-dwuetapowa"));
        assertThat(jdbc.sql("select count(*) from audit_event where type = 'ADMIN_CREATED'").query(Long.class)
                .single()).isEqualTo(1);
    }
}
