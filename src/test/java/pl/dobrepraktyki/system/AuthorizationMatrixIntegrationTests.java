package pl.dobrepraktyki.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The authorization matrix: every endpoint the application maps, for anonymous visitors and every
 * role, has the outcome written in {@code src/test/resources/authz/*.csv}. An endpoint missing from
 * the tables, or a row naming no endpoint, fails the build.
 * <p>
 * Outcomes: {@code ok} (the request reaches its handler: neither 401, 403 nor a redirect to the
 * login page), {@code login} (anonymous is sent to log in: 302 to /logowanie, or 401 for the API),
 * {@code deny} (403).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    private static final List<String> WHO = List.of("anonymous", "OFFICIAL", "EDITOR", "JURY_MEMBER", "MODERATOR",
            "ADMIN");

    record Row(String method, String pattern, String samplePath, Map<String, String> expected, String source) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    private final Map<String, String> emails = new LinkedHashMap<>();
    private List<Row> rows;

    @BeforeAll
    void setUp() throws IOException {
        for (String who : WHO.subList(1, WHO.size())) {
            emails.put(who, TestAccounts.active(context, Role.valueOf(who)));
        }
        rows = readTables();
    }

    @Test
    void everyMappedEndpointHasARowAndEveryRowAnEndpoint() {
        Set<String> mapped = mappedEndpoints();
        Set<String> described = new TreeSet<>();
        rows.forEach(r -> described.add(r.method() + " " + r.pattern()));
        assertThat(new TreeSet<>(mapped)).as("endpoints without a row in src/test/resources/authz/*.csv")
                .isSubsetOf(described);
        assertThat(described).as("rows in src/test/resources/authz/*.csv that name no endpoint")
                .isSubsetOf(mapped);
    }

    @Test
    void everyoneGetsExactlyTheOutcomeTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            for (String who : WHO) {
                String expected = row.expected().get(who);
                MockHttpServletResponse response = perform(row, who);
                String actual = outcome(response);
                if (!actual.equals(expected)) {
                    wrong.add("%s %s as %s: expected %s, got %s (status %d) [%s]".formatted(row.method(),
                            row.samplePath(), who, expected, actual, response.getStatus(), row.source()));
                }
            }
        }
        assertThat(wrong).as("authorization outcomes that differ from the table").isEmpty();
    }

    private MockHttpServletResponse perform(Row row, String who) throws Exception {
        HttpMethod method = row.method().equals("*") ? HttpMethod.GET : HttpMethod.valueOf(row.method());
        MockHttpServletRequestBuilder request = request(method, row.samplePath());
        if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD)) {
            request.with(csrf());
        }
        if (!who.equals("anonymous")) {
            request.with(user(users.loadUserByUsername(emails.get(who))));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getHeader("Location");
        if (status == 401 || (status == 302 && location != null && location.contains("/logowanie")
                && !location.contains("/logowanie?"))) {
            return "login";
        }
        if (status == 403) {
            return "deny";
        }
        return "ok";
    }

    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("* " + pattern);
                    }
                    methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    private static List<Row> readTables() throws IOException {
        List<Row> rows = new ArrayList<>();
        Resource[] tables = new PathMatchingResourcePatternResolver().getResources("classpath*:authz/*.csv");
        assertThat(tables).as("authorization tables").isNotEmpty();
        for (Resource table : tables) {
            try (InputStream in = table.getInputStream()) {
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split(";", -1);
                    String source = table.getFilename() + ":" + (i + 1);
                    assertThat(cells).as("row %s has method;pattern;sample path and 6 outcomes", source).hasSize(9);
                    Map<String, String> expected = new LinkedHashMap<>();
                    for (int w = 0; w < WHO.size(); w++) {
                        String outcome = cells[3 + w].strip();
                        assertThat(outcome).as("outcome in %s", source).isIn("ok", "login", "deny");
                        expected.put(WHO.get(w), outcome);
                    }
                    rows.add(new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), expected, source));
                }
            }
        }
        return rows;
    }
}
