package pl.dobrepraktyki.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Protections that hold for every page rather than for one feature: no state change without the CSRF
 * token, the same answer for an unknown address and a wrong password, internals not served, pages
 * after sign-in not cached, and the security headers on pages, API answers, errors and static files.
 */
@IntegrationTest
class WebHardeningIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    /**
     * The endpoints that take a POST without the token, on purpose: the one-click unsubscribe (RFC 8058) of
     * the weekly digest and of the alerts of saved searches and follows, which mail clients post without any
     * page. Each only removes the subscription or the saved search its secret (signed) token names
     * ({@code NewsletterIntegrationTests}, {@code AlertsIntegrationTests}); every other endpoint must refuse.
     */
    private static final Set<String> CSRF_EXEMPT = Set.of("POST /tygodnik/wypisz", "POST /obserwowane/wypisz");

    @Test
    void everyStateChangingEndpointRefusesARequestWithoutTheCsrfToken() throws Exception {
        String admin = TestAccounts.active(context, Role.ADMIN, Role.EDITOR);
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS) {
                        info.getPatternValues().forEach(p -> endpoints.add(method.name() + " " + p));
                    }
                }
            }
        }
        assertThat(endpoints).as("state-changing endpoints").hasSizeGreaterThan(30);
        List<String> accepted = new ArrayList<>();
        for (String endpoint : endpoints) {
            if (CSRF_EXEMPT.contains(endpoint)) {
                continue;
            }
            String[] parts = endpoint.split(" ", 2);
            String path = parts[1].replaceAll("\\{[^}]+}", "1");
            MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(parts[0]), path)
                    .with(as(admin))).andReturn().getResponse();
            if (response.getStatus() != 403) {
                accepted.add(endpoint + " -> " + response.getStatus());
            }
        }
        assertThat(accepted).as("answered without a CSRF token").isEmpty();
    }

    @Test
    void anUnknownAddressAndAWrongPasswordGetTheSameAnswer() throws Exception {
        String official = TestAccounts.active(context, Role.OFFICIAL);
        MockHttpServletResponse wrongPassword = mvc.perform(formLogin("/logowanie").userParameter("email")
                .user(official).password("nie to hasło wcale")).andReturn().getResponse();
        MockHttpServletResponse unknown = mvc.perform(formLogin("/logowanie").userParameter("email")
                .user("nikogo-takiego@example.pl").password("nie to hasło wcale")).andReturn().getResponse();

        assertThat(unknown.getStatus()).isEqualTo(wrongPassword.getStatus()).isEqualTo(302);
        assertThat(unknown.getRedirectedUrl()).isEqualTo(wrongPassword.getRedirectedUrl()).isEqualTo("/logowanie?blad");
    }

    @Test
    void internalsAreNotServedToAnyone() throws Exception {
        String admin = TestAccounts.active(context, Role.ADMIN);
        for (String path : List.of("/.git/config", "/.env", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/configprops", "/actuator/loggers", "/h2-console", "/WEB-INF/web.xml",
                "/application.properties")) {
            MockHttpServletResponse anonymous = mvc.perform(get(path)).andReturn().getResponse();
            if (anonymous.getStatus() == 302) {
                assertThat(anonymous.getRedirectedUrl()).as("anonymous " + path).endsWith("/logowanie");
            }
            else {
                assertThat(anonymous.getStatus()).as("anonymous " + path).isIn(401, 403, 404);
            }
            assertThat(mvc.perform(get(path).with(as(admin))).andReturn().getResponse().getStatus())
                    .as("admin " + path).isIn(403, 404);
        }
    }

    @Test
    void pagesAfterSignInAreNotKeptInTheBrowsersCache() throws Exception {
        String official = TestAccounts.active(context, Role.OFFICIAL);
        for (String path : List.of("/moje-praktyki", "/konto", "/praktyki/nowa")) {
            MockHttpServletResponse response = mvc.perform(get(path).with(as(official))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store");
        }
    }

    @Test
    void pagesApiAnswersErrorsAndStaticFilesCarryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/szukaj?q=energia", "/api/v1/search?q=energia", "/api/v1/units/xx",
                "/nie-ma-takiej-strony", "/deklaracja-dostepnosci", "/logowanie")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.getHeader("Content-Security-Policy")).as(path)
                    .contains("default-src", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
        }
    }
}
