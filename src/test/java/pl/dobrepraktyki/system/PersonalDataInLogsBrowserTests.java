package pl.dobrepraktyki.system;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.exchange.ExchangeFixtures;
import pl.dobrepraktyki.exchange.MeetingKind;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.support.BrowserTest;
import pl.dobrepraktyki.support.MailTestConfiguration;
import pl.dobrepraktyki.support.TestClock;
import pl.dobrepraktyki.system.security.LogIdentifiers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application log holds no personal data (ASVS 16.2.5): a browser scenario — an official registers,
 * logins fail (a wrong password, an unknown address), an official fills in a practice's contact person
 * and registers for a meeting — and every line the platform logged meanwhile is searched for each
 * e-mail, phone number, name and password typed in; none is there, and a failed login is logged with a
 * hashed identifier of the address tried.
 */
class PersonalDataInLogsBrowserTests extends BrowserTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    GreenMail greenMail;

    @Autowired
    PracticeService practices;

    @Autowired
    MeetingService meetings;

    @Autowired
    TestClock clock;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    private Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private Level testLevel;

    /** The tests log warnings only; the scenario runs at the production level (INFO) with every line kept. */
    @BeforeEach
    void captureLog() {
        testLevel = root().getLevel();
        root().setLevel(Level.INFO);
        captured.start();
        root().addAppender(captured);
    }

    @AfterEach
    void stopCapturing() {
        root().detachAppender(captured);
        captured.stop();
        root().setLevel(testLevel);
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private void signInFresh(String email, String password) {
        context.clearCookies();
        open("/logowanie");
        page.getByLabel("Adres e-mail").fill(email);
        page.getByLabel("Hasło").fill(password);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zaloguj się")).last());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theLogOfAFullScenarioNamesNobody() {
        clock.reset();
        String tag = unique();
        String registrantName = "Bożena Dziennikowa" + tag.substring(0, 3).replaceAll("\\d", "x");
        String registrantEmail = "bozena." + tag + "@gmina-log.example.pl";
        String unknownEmail = "nie.ma." + tag + "@gmina-log.example.pl";
        String wrongPassword = "Kanarek#123 " + tag;
        String official = TestAccounts.activeOf(applicationContext, ExchangeFixtures.RURAL_A, Role.OFFICIAL);
        String contactName = "Teodor Kontaktowy" + tag.substring(0, 2).replaceAll("\\d", "y");
        String contactEmail = "teodor." + tag + "@urzad-log.example.pl";
        String contactPhone = "+48 512 " + (100 + Math.abs(tag.hashCode() % 800)) + " 077";

        // an official registers and confirms the address
        open("/rejestracja");
        page.getByLabel("Imię i nazwisko").fill(registrantName);
        page.getByLabel("Adres e-mail").fill(registrantEmail);
        page.getByLabel("Jednostka samorządu").fill("Łódź");
        page.getByLabel("Hasło", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
        page.getByLabel("Powtórz hasło").fill(TestAccounts.PASSWORD);
        page.getByLabel("Akceptuję regulamin").check();
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Załóż konto")));
        // several units are called Łódź: the form asks which one
        page.getByLabel("miasto Łódź (1061011)").check();
        page.getByLabel("Hasło", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
        page.getByLabel("Powtórz hasło").fill(TestAccounts.PASSWORD);
        page.getByLabel("Akceptuję regulamin").check();
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Załóż konto")));
        assertThat(page.locator("h1")).hasText("Sprawdź pocztę");
        String confirmation = MailTestConfiguration.linkInLastMail(greenMail, registrantEmail, "http://localhost/");
        open(confirmation.substring("http://localhost".length()));
        assertThat(page.locator("h1")).hasText("Adres e-mail potwierdzony");

        // failed logins: a wrong password of a real account, an unknown address
        signInFresh(official, wrongPassword);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Nieprawidłowy adres e-mail lub hasło.");
        signInFresh(unknownEmail, wrongPassword);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Nieprawidłowy adres e-mail lub hasło.");

        // the official fills in the contact person of a draft practice
        long practice = practices.createDraft(PracticeContents.complete().title("Praktyka z kontaktem " + tag)
                .leadUnit(ExchangeFixtures.RURAL_A).build(), official).practiceId();
        signInFresh(official, TestAccounts.PASSWORD);
        open("/praktyki/" + practice + "/edycja");
        page.locator("[id='contactName']").fill(contactName);
        page.locator("[id='contactEmail']").fill(contactEmail);
        page.locator("[id='contactPhone']").fill(contactPhone);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisz szkic")));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Szkic zapisano.");

        // and registers for a meeting of a group of their unit
        String moderator = TestAccounts.active(applicationContext, Role.MODERATOR);
        long group = ExchangeFixtures.ruralGroup(applicationContext, moderator);
        long meeting = meetings.plan(ExchangeFixtures.meeting(group, "Spotkanie " + tag,
                LocalDateTime.now(clock.withZone(MeetingService.ZONE)).plusDays(10), 30, MeetingKind.GROUP_MEETING),
                moderator);
        open("/spotkania/" + meeting);
        clickAndWait(page.getByRole(AriaRole.BUTTON, named("Zapisuję się")));

        String log = logText();
        assertThat(log).as("the scenario was logged").contains("type=LOGIN_FAILED");
        for (String personal : List.of(registrantName, registrantEmail, unknownEmail, official, contactName,
                contactEmail, contactPhone, contactPhone.replace(" ", ""), wrongPassword, TestAccounts.PASSWORD)) {
            assertThat(log).as("personal data or a password in the log").doesNotContainIgnoringCase(personal);
        }
        // a failed login names the address tried only by its hash, so repeated failures can be followed
        assertThat(log).contains("type=LOGIN_FAILED actor=" + LogIdentifiers.of(unknownEmail))
                .contains("type=LOGIN_FAILED actor=" + LogIdentifiers.of(official));
    }

    /**
     * Every captured line of the platform: logger, formatted message, the exceptions' messages and the MDC.
     * GreenMail, the test's stand-in for the mail server, is not the platform and logs the mailboxes it creates.
     */
    private String logText() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(captured.list)) {
            if (event.getLoggerName().startsWith("com.icegreen.")) {
                continue;
            }
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage())
                    .append(' ').append(event.getMDCPropertyMap());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }
}
