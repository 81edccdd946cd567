package pl.dobrepraktyki.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import pl.dobrepraktyki.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UnitApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void returnsOneUnitByItsCode() throws Exception {
        mvc.perform(get("/api/v1/units/1061011"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.teryt").value("1061011"))
                .andExpect(jsonPath("$.name").value("Łódź"))
                .andExpect(jsonPath("$.kind").value("CITY_COUNTY"))
                .andExpect(jsonPath("$.parentTeryt").value("10"))
                .andExpect(jsonPath("$.voivodeship").value("10"))
                .andExpect(jsonPath("$.population").value(645690))
                .andExpect(jsonPath("$.areaKm2").value(293.25))
                .andExpect(jsonPath("$.sizeCategory").value("LARGE_CITIES"));
    }

    @Test
    void returnsTheCityForItsCountyCode() throws Exception {
        mvc.perform(get("/api/v1/units/1061"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teryt").value("1061011"))
                .andExpect(jsonPath("$.kind").value("CITY_COUNTY"))
                .andExpect(jsonPath("$.sizeCategory").value("LARGE_CITIES"))
                .andExpect(jsonPath("$.population").value(645690));
    }

    @Test
    void returnsNullPopulationWhenThereAreNoData() throws Exception {
        mvc.perform(get("/api/v1/units/1207132"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Szczawa"))
                .andExpect(jsonPath("$.population").value(nullValue()))
                .andExpect(jsonPath("$.sizeCategory").value("RURAL"));
    }

    @Test
    void countsEveryUnit() throws Exception {
        mvc.perform(get("/api/v1/units").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2809))
                .andExpect(jsonPath("$.totalPages").value(2809))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.content[0].teryt").value("02"))
                .andExpect(jsonPath("$.content[0].sizeCategory").value(nullValue()));
    }

    @Test
    void filtersByKind() throws Exception {
        mvc.perform(get("/api/v1/units").param("kind", "RURAL_MUNICIPALITY"))
                .andExpect(jsonPath("$.totalElements").value(1459));
        mvc.perform(get("/api/v1/units").param("kind", "CITY_COUNTY").param("size", "100"))
                .andExpect(jsonPath("$.totalElements").value(66))
                .andExpect(jsonPath("$.content", hasSize(66)))
                .andExpect(jsonPath("$.content[*].sizeCategory", everyItem(org.hamcrest.Matchers.is("LARGE_CITIES"))));
        mvc.perform(get("/api/v1/units").param("kind", "VOIVODESHIP"))
                .andExpect(jsonPath("$.totalElements").value(16));
        mvc.perform(get("/api/v1/units").param("kind", "COUNTY"))
                .andExpect(jsonPath("$.totalElements").value(314));
        mvc.perform(get("/api/v1/units").param("kind", "URBAN_MUNICIPALITY"))
                .andExpect(jsonPath("$.totalElements").value(236));
        mvc.perform(get("/api/v1/units").param("kind", "URBAN_RURAL_MUNICIPALITY"))
                .andExpect(jsonPath("$.totalElements").value(718));
    }

    @Test
    void filtersByVoivodeshipAndName() throws Exception {
        mvc.perform(get("/api/v1/units").param("voivodeship", "24").param("q", "zory"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].name").value("Żory"))
                .andExpect(jsonPath("$.content[*].voivodeship", everyItem(org.hamcrest.Matchers.is("24"))));
    }

    @Test
    void answersAnUnknownCodeWithA404Problem() throws Exception {
        mvc.perform(get("/api/v1/units/9999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Unit not found"))
                .andExpect(jsonPath("$.detail", containsString("9999999")));
    }

    @Test
    void answersAMalformedCodeWithA400Problem() throws Exception {
        mvc.perform(get("/api/v1/units/12345"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail", startsWith("Invalid TERYT code '12345'")));
    }

    @Test
    void answersABadKindOrPageSizeWithA400Problem() throws Exception {
        mvc.perform(get("/api/v1/units").param("kind", "CITY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("Unknown unit kind 'CITY'")));
        mvc.perform(get("/api/v1/units").param("size", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("between 1 and 100")));
        mvc.perform(get("/api/v1/units").param("page", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/units").param("voivodeship", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
