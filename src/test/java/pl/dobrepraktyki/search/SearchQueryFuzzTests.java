package pl.dobrepraktyki.search;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Whatever someone types or puts into the search URL (words with any characters, quotes, Lucene syntax,
 * facet values, order, page, size) is answered through the real index with results (200) or with a
 * problem report (400), never a server error. The seeds in {@code SearchQueryFuzzTestsInputs/} run in
 * every build; {@code -Pfuzz} fuzzes.
 */
@IntegrationTest
class SearchQueryFuzzTests {

    @Autowired
    MockMvc mvc;

    @FuzzTest(maxExecutions = 100_000, maxDuration = "8m")
    void searchApi(FuzzedDataProvider data) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/search").param("q", data.consumeString(300));
        SearchFacet[] facets = SearchFacet.values();
        int filters = data.consumeInt(0, 3);
        for (int i = 0; i < filters; i++) {
            request.param(facets[data.consumeInt(0, facets.length - 1)].apiParam(), data.consumeString(40));
        }
        if (data.consumeBoolean()) {
            request.param("sort", data.consumeString(12));
        }
        request.param("page", data.consumeBoolean() ? Integer.toString(data.consumeInt(-2, 1_000_000))
                : data.consumeString(8));
        request.param("size", Integer.toString(data.consumeInt(-1, 200)));

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 400);
        if (response.getStatus() == 400) {
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
        }
    }

    @FuzzTest(maxExecutions = 100_000, maxDuration = "8m")
    void searchPageAndSuggestions(FuzzedDataProvider data) throws Exception {
        String typed = data.consumeString(300);

        MockHttpServletResponse page = mvc.perform(get("/szukaj").param("q", typed)).andReturn().getResponse();
        MockHttpServletResponse suggestions = mvc.perform(get("/szukaj/podpowiedzi").param("q", typed)).andReturn()
                .getResponse();

        assertThat(page.getStatus()).isIn(200, 400);
        assertThat(suggestions.getStatus()).isIn(200, 400);
    }
}
