package pl.dobrepraktyki.localgov.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import pl.dobrepraktyki.support.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class UnitPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheVoivodeshipsWithASearchForm() throws Exception {
        mvc.perform(get("/jst"))
                .andExpect(status().isOk())
                .andExpect(view().name("localgov/index"))
                .andExpect(content().string(allOf(
                        containsString("<label for=\"unit-q\">Nazwa jednostki</label>"),
                        containsString("name=\"q\""),
                        containsString("href=\"/jst/10\">województwo łódzkie</a>"),
                        containsString("href=\"/jst/32\">województwo zachodniopomorskie</a>"),
                        containsString("<th scope=\"col\">"))));
    }

    @Test
    void findsLodzWithoutPolishLetters() throws Exception {
        mvc.perform(get("/jst").param("q", "lodz"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Wyniki wyszukiwania „lodz”"),
                        containsString("href=\"/jst/1061011\">Łódź</a>"),
                        containsString("miasto na prawach powiatu"))));
    }

    @Test
    void pagesLongResults() throws Exception {
        mvc.perform(get("/jst").param("q", "a"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Strona 1 z"),
                        containsString("href=\"/jst?q=a&amp;strona=2\""))));
        mvc.perform(get("/jst").param("q", "a").param("strona", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Strona 2 z"), containsString("rel=\"prev\""))));
    }

    @Test
    void answersAnHtmxSearchWithTheResultsFragmentOnly() throws Exception {
        mvc.perform(get("/jst").param("q", "zory").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("localgov/index :: results"))
                .andExpect(content().string(allOf(containsString("Żory"), not(containsString("<html")))));
    }

    @Test
    void showsAUnitWithItsParentsPopulationAndCategory() throws Exception {
        mvc.perform(get("/jst/1061011"))
                .andExpect(status().isOk())
                .andExpect(view().name("localgov/unit"))
                .andExpect(model().attributeExists("unit", "ancestors", "children"))
                .andExpect(content().string(allOf(
                        containsString("<h1>Łódź</h1>"),
                        containsString("href=\"/jst\">Jednostki</a>"),
                        containsString("href=\"/jst/10\">województwo łódzkie</a>"),
                        containsString("aria-current=\"page\">Łódź</span>"),
                        matchesPattern("(?s).*<dd>645[\\s\\u00a0\\u202f]690</dd>.*"),
                        containsString("293,25 km²"),
                        containsString("miasta na prawach powiatu oraz miasta powyżej 50 tys. mieszkańców"),
                        containsString("Dobre praktyki"),
                        not(containsString("style=")),
                        not(containsString("<script>")))));
    }

    @Test
    void showsAGminaUnderItsCountyAndVoivodeship() throws Exception {
        mvc.perform(get("/jst/0201022"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/jst/02\">województwo dolnośląskie</a>"),
                        containsString("href=\"/jst/0201\">powiat bolesławiecki</a>"),
                        containsString("<h1>gmina Bolesławiec</h1>"),
                        containsString("gminy wiejskie"))));
    }

    @Test
    void showsTheChildrenOfACounty() throws Exception {
        mvc.perform(get("/jst/0201"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Gminy (6)"),
                        containsString("href=\"/jst/0201011\">Bolesławiec</a>"),
                        containsString("<th scope=\"row\">"))));
    }

    @Test
    void saysThereAreNoDataInsteadOfZero() throws Exception {
        mvc.perform(get("/jst/1207132"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("gmina Szczawa"), containsString("brak danych"))));
    }

    @Test
    void redirectsACityCountyCodeToTheCity() throws Exception {
        mvc.perform(get("/jst/1061"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/jst/1061011"));
    }

    @Test
    void answersNotFoundForAnUnknownCodeAndBadRequestForAMalformedOne() throws Exception {
        mvc.perform(get("/jst/9999999")).andExpect(status().isNotFound());
        mvc.perform(get("/jst/12345")).andExpect(status().isBadRequest());
    }

    @Test
    void speaksEnglishWhenAskedTo() throws Exception {
        mvc.perform(get("/jst/1061011").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("city with county rights"),
                        containsString("645,690"))));
    }

    @Test
    void aUnitWithNothingDescribedSaysSoThoughItCanBeFollowed() throws Exception {
        // Gmina Osiecznica (0201052): no practice, no strategy; the follow button alone is no content
        mvc.perform(get("/jst/0201052"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ta jednostka nie ma jeszcze opisanych dobrych praktyk.")));
    }
}
