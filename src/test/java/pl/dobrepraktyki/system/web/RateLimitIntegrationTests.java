package pl.dobrepraktyki.system.web;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.TestClock;
import pl.dobrepraktyki.system.web.RateLimiter.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Per-address rate limits, in the shared context: each test lowers the limits to {@value #LIMIT} a minute
 * while it runs and puts the configured ones back afterwards; the clock is moved instead of waiting.
 */
@IntegrationTest
class RateLimitIntegrationTests {

    private static final int LIMIT = 3;
    private static final String ADDRESS = "10.0.0.1";
    private static final String OTHER_ADDRESS = "10.0.0.2";

    @Autowired
    MockMvc mvc;

    @Autowired
    RateLimiter limiter;

    @Autowired
    TestClock clock;

    @BeforeEach
    void lowLimits() {
        for (Kind kind : Kind.values()) {
            limiter.setLimit(kind, LIMIT);
        }
        limiter.setEnabled(true);
    }

    @AfterEach
    void configuredLimits() {
        limiter.reset();
        clock.reset();
    }

    @Test
    void searchPastTheLimitIsRefusedInPolishWithRetryAfterUntilTheBucketRefills() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            assertThat(send(get("/szukaj").param("q", "budżet"), ADDRESS).getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = send(get("/szukaj").param("q", "budżet"), ADDRESS);

        assertThat(refused.getStatus()).isEqualTo(429);
        long retryAfter = retryAfter(refused);
        assertThat(refused.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(refused.getContentAsString()).contains("Zbyt wiele zapytań z tego adresu")
                .contains("Spróbuj ponownie za " + retryAfter + " s.").contains("lang=\"pl\"");
        assertThat(refused.getHeader("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(refused.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(send(get("/szukaj").param("q", "budżet"), OTHER_ADDRESS).getStatus()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(retryAfter));
        assertThat(send(get("/szukaj").param("q", "budżet"), ADDRESS).getStatus()).isEqualTo(200);
    }

    @Test
    void apiPastTheLimitAnswersProblemDetailsWithRetryAfter() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            assertThat(send(get("/api/v1/competitions"), ADDRESS).getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = mvc.perform(get("/api/v1/competitions").with(from(ADDRESS)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value("Too many requests"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.instance").value("/api/v1/competitions"))
                .andReturn().getResponse();
        long retryAfter = retryAfter(refused);
        assertThat(retryAfter).as("a token comes back every 60 / %d s", LIMIT).isLessThanOrEqualTo(20);
        assertThat(JsonPath.<String>read(refused.getContentAsString(), "$.detail"))
                .isEqualTo("Too many requests from this address: try again in " + retryAfter + " s.");
        assertThat(send(get("/api/v1/competitions"), OTHER_ADDRESS).getStatus()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(retryAfter));
        assertThat(send(get("/api/v1/competitions"), ADDRESS).getStatus()).isEqualTo(200);
    }

    @Test
    void theAtomFeedsShareTheApisBudget() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            String path = i % 2 == 0 ? "/kanaly/spotkania.atom" : "/api/v1/competitions";
            assertThat(send(get(path), ADDRESS).getStatus()).isEqualTo(200);
        }

        assertThat(send(get("/kanaly/konkursy.atom"), ADDRESS).getStatus()).isEqualTo(429);
        assertThat(send(get("/kanaly/konkursy.atom"), OTHER_ADDRESS).getStatus()).isEqualTo(200);
    }

    @Test
    void suggestionsPastTheLimitAreRefusedWithRetryAfter() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            assertThat(send(get("/szukaj/podpowiedzi").param("q", "bud").header("HX-Request", "true"), ADDRESS)
                    .getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = send(get("/szukaj/podpowiedzi").param("q", "bud"), ADDRESS);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(retryAfter(refused)).isLessThanOrEqualTo(20);
        assertThat(send(get("/szukaj/podpowiedzi").param("q", "bud"), OTHER_ADDRESS).getStatus()).isEqualTo(200);
    }

    @Test
    void loginAttemptsPastTheLimitAreRefusedBeforeTheyAreChecked() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            mvc.perform(login("zle haslo " + i).with(from(ADDRESS))).andExpect(redirectedUrl("/logowanie?blad"));
        }

        MockHttpServletResponse refused = send(login("zle haslo"), ADDRESS);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(retryAfter(refused)).isLessThanOrEqualTo(20);
        assertThat(refused.getContentAsString()).contains("Zbyt wiele zapytań z tego adresu");
        mvc.perform(login("zle haslo").with(from(OTHER_ADDRESS))).andExpect(redirectedUrl("/logowanie?blad"));
        assertThat(send(get("/logowanie"), ADDRESS).getStatus()).as("the login page itself").isEqualTo(200);
    }

    @Test
    void eachKindHasItsOwnBucket() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            send(get("/szukaj").param("q", "budżet"), ADDRESS);
        }
        assertThat(send(get("/szukaj").param("q", "budżet"), ADDRESS).getStatus()).isEqualTo(429);

        assertThat(send(get("/api/v1/competitions"), ADDRESS).getStatus()).isEqualTo(200);
        assertThat(send(get("/szukaj/podpowiedzi").param("q", "bud"), ADDRESS).getStatus()).isEqualTo(200);
        assertThat(send(get("/"), ADDRESS).getStatus()).as("pages without a limit").isEqualTo(200);
    }

    @Test
    void theRefusalIsInEnglishForAnEnglishVisitor() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            send(get("/szukaj").cookie(new Cookie("bdp-lang", "en")), ADDRESS);
        }

        MockHttpServletResponse refused = send(get("/szukaj").cookie(new Cookie("bdp-lang", "en")), ADDRESS);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("Too many requests from this address").contains("lang=\"en\"");
    }

    @Test
    void switchedOffNothingIsLimited() throws Exception {
        limiter.setEnabled(false);

        for (int i = 0; i < LIMIT + 2; i++) {
            assertThat(send(get("/api/v1/competitions"), ADDRESS).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void aLimitOfZeroMeansNoLimit() throws Exception {
        limiter.setLimit(Kind.API, 0);

        for (int i = 0; i < LIMIT + 2; i++) {
            assertThat(send(get("/api/v1/competitions"), ADDRESS).getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String address) throws Exception {
        return mvc.perform(request.with(from(address))).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder login(String password) {
        return post("/logowanie").with(csrf()).param("email", "rate-limit@example.pl").param("password", password);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The Retry-After header: whole seconds, at least one. */
    private static long retryAfter(MockHttpServletResponse response) {
        String header = response.getHeader("Retry-After");
        assertThat(header).as("Retry-After").matches("[1-9][0-9]*");
        return Long.parseLong(header);
    }
}
