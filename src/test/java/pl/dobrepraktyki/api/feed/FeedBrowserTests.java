package pl.dobrepraktyki.api.feed;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import pl.dobrepraktyki.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A visitor finds the Atom feeds: a link on the practice list, discovery links in the head of every page. */
class FeedBrowserTests extends BrowserTest {

    private static final String DISCOVERY = "head link[rel=alternate][type='application/atom+xml']";

    @Test
    void thePracticeListLinksToItsFeedAndTheSectionsFeedWhichAReaderCanFetch() {
        open("/praktyki");
        Locator feed = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kanał Atom"));
        assertThat(feed).isVisible();
        assertThat(feed).hasAttribute("href", "/kanaly/praktyki.atom");
        assertThat(page.locator(DISCOVERY + "[href='/kanaly/praktyki.atom']")).hasCount(1);

        clickAndWait(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Działy"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Usługi społeczne")));
        assertThat(feed).hasAttribute("href", "/kanaly/praktyki.atom?dzial=USLUGI_SPOLECZNE");
        APIResponse response = page.request().get(url(feed.getAttribute("href")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).isEqualTo("application/atom+xml;charset=UTF-8");
        assertThat(response.text()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("dział: Usługi społeczne");

        open("/praktyki?lang=en");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Atom feed"))).isVisible();
    }

    @Test
    void theHomePageAnnouncesTheFeedsToBrowsersAndReaders() {
        open("/");
        assertThat(page.locator(DISCOVERY)).hasCount(4);
        assertThat(page.locator(DISCOVERY + "[href='/kanaly/spotkania.atom']"))
                .hasAttribute("title", "Baza Dobrych Praktyk: nadchodzące spotkania");
        assertThat(page.locator(DISCOVERY + "[href='/kanaly/aktualnosci.atom']"))
                .hasAttribute("title", "Aktualności i publikacje – Baza Dobrych Praktyk");
    }
}
