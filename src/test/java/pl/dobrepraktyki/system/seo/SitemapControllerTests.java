package pl.dobrepraktyki.system.seo;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A source larger than a part is split into parts of the configured size, none empty, none lost. */
class SitemapControllerTests {

    private final List<SitemapSource.Entry> five = IntStream.rangeClosed(1, 5)
            .mapToObj(i -> new SitemapSource.Entry("/praktyki/" + i, null)).toList();
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new SitemapController(List.of(SitemapSource.of("praktyki", () -> five),
                    SitemapSource.of("puste", List::of)), 2))
            .build();

    @Test
    void fiveAddressesInPartsOfTwoMakeThreePartsAndAnEmptySourceOne() throws Exception {
        String index = body("/sitemap.xml");
        assertThat(index).contains("/sitemap/praktyki-1.xml", "/sitemap/praktyki-2.xml", "/sitemap/praktyki-3.xml",
                "/sitemap/puste-1.xml").doesNotContain("praktyki-4");
        assertThat(body("/sitemap/praktyki-1.xml")).contains("/praktyki/1<", "/praktyki/2<")
                .doesNotContain("/praktyki/3<");
        assertThat(body("/sitemap/praktyki-3.xml")).contains("/praktyki/5<").doesNotContain("/praktyki/4<");
        assertThat(body("/sitemap/puste-1.xml")).contains("<urlset").doesNotContain("<url>");
        mvc.perform(get("/sitemap/praktyki-4.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/sitemap/puste-2.xml")).andExpect(status().isNotFound());
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
