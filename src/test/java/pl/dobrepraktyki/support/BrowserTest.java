package pl.dobrepraktyki.support;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.PlaywrightException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import pl.dobrepraktyki.accounts.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser test: the platform on a random port, Debian's Chromium driven by Playwright (no browser
 * download), and on every page the test visits an axe-core check (WCAG 2.1 A and AA) and the Nu HTML
 * checker ({@link HtmlValidator}) on the HTML the server sent. Navigate with {@link #open(String)} and
 * {@link #clickAndWait(Locator)}; both check the page they land on, and a test that reaches a page
 * without checking it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import({ MailTestConfiguration.class, TestClock.Configuration.class })
public abstract class BrowserTest {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    private ApplicationContext platform;

    protected BrowserContext context;
    protected Page page;
    private int navigations;
    private int checkedNavigations;
    /** The HTML document the server sent for the last navigation, not yet validated. */
    private Response document;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        String chromium = System.getProperty("bdp.test.chromium", "/usr/bin/chromium");
        if (new java.io.File(chromium).canExecute()) {
            options.setExecutablePath(java.nio.file.Path.of(chromium));
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("pl-PL"));
        page = context.newPage();
        page.onResponse(response -> {
            if (response.request().isNavigationRequest() && response.frame() == page.mainFrame()
                    && (response.status() < 300 || response.status() >= 400)) {
                document = response;
            }
        });
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                navigations++;
            }
        });
    }

    @AfterEach
    void everyVisitedPageWasChecked() {
        try {
            assertThat(checkedNavigations).as("every page the test reached was checked with axe-core")
                    .isEqualTo(navigations);
        }
        finally {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs in with the test accounts' password (and the code of the second factor when it is asked). */
    protected void logIn(String email) {
        logIn(email, TestAccounts.PASSWORD);
    }

    /**
     * Logs in from the login page as a person does: e-mail and password, then, for an account with a
     * second factor, the code its authenticator app shows now ({@link TestAccounts#code}).
     */
    protected void logIn(String email, String password) {
        submitPassword(email, password);
        if (page.url().endsWith("/logowanie/kod")) {
            page.getByLabel("Kod z aplikacji lub kod odzyskiwania").fill(TestAccounts.code(platform, email));
            clickAndWait(page.locator("main button[type=submit]"));
        }
    }

    /** The first step of a login: e-mail and password on the login page. */
    protected void submitPassword(String email, String password) {
        open("/logowanie");
        page.getByLabel("Adres e-mail").fill(email);
        page.getByLabel("Hasło").fill(password);
        clickAndWait(page.locator("main button[type=submit]"));
    }

    /** Opens a page of the platform and checks its accessibility. */
    protected Page open(String path) {
        page.navigate(url(path));
        checkAccessibility();
        return page;
    }

    /** Clicks (a link or a submit button), waits for the next page and checks its accessibility. */
    protected Page clickAndWait(Locator target) {
        page.waitForNavigation(target::click);
        checkAccessibility();
        return page;
    }

    /**
     * Fails on any serious or critical WCAG 2.1 A/AA violation on the current page, and on any error of
     * the Nu HTML checker in its HTML.
     */
    protected void checkAccessibility() {
        page.waitForLoadState();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> blocking = results.getViolations().stream()
                .filter(v -> BLOCKING_IMPACTS.contains(v.getImpact())).toList();
        assertThat(blocking).as("axe-core violations on %s:%n%s", page.url(), describe(blocking)).isEmpty();
        checkHtml();
        checkedNavigations = navigations;
    }

    /**
     * Validates the HTML the server sent for the page just reached (the source, so parse errors the
     * browser silently repairs count); when nothing was navigated to since the last check (an htmx swap,
     * a script), the current DOM as the browser serializes it.
     */
    private void checkHtml() {
        String html = null;
        if (document != null) {
            try {
                String type = document.headerValue("content-type");
                html = type != null && type.startsWith("text/html") ? document.text() : null;
            }
            catch (PlaywrightException bodyGone) {
                html = null;
            }
            document = null;
        }
        if (html == null) {
            html = page.content();
        }
        List<HtmlValidator.Problem> errors = HtmlValidator.errors(html);
        assertThat(errors).as("Nu HTML checker errors on %s:%n%s", page.url(), HtmlValidator.describe(errors))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
