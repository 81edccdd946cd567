package pl.dobrepraktyki.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.transfer.PracticeTransferService;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PracticeApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeTransferService transfer;

    @Autowired
    PracticeService practices;

    @Autowired
    ApplicationContext context;

    long lodz;
    long hidden;

    @BeforeEach
    void practices() throws Exception {
        List<Map<String, Object>> sample = JSON.readValue(
                java.nio.file.Files.readString(java.nio.file.Path.of("docs/import-sample.json")),
                new TypeReference<List<Map<String, Object>>>() { });
        List<Map<String, Object>> records = new ArrayList<>();
        Map<String, Object> inLodz = new LinkedHashMap<>(sample.get(0));
        inLodz.put("externalId", "api-lodz");
        inLodz.put("title", "Łódzka praktyka API");
        inLodz.put("leadUnitTeryt", "1061011");
        records.add(inLodz);
        Map<String, Object> noConsent = new LinkedHashMap<>(sample.get(1));
        noConsent.put("externalId", "api-no-consent");
        noConsent.put("leadUnitTeryt", "1207132");
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = new LinkedHashMap<>((Map<String, Object>) noConsent.get("contact"));
        contact.put("consent", false);
        noConsent.put("contact", contact);
        records.add(noConsent);
        transfer.importPractices(new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(records)), "api.json",
                line -> { });
        lodz = practices.findByExternalId("api-lodz").orElseThrow().practiceId();
        hidden = practices.findByExternalId("api-no-consent").orElseThrow().practiceId();
    }

    @Test
    void returnsEveryPartOfAPublicPractice() throws Exception {
        mvc.perform(get("/api/v1/practices/{id}", lodz))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.id").value(lodz))
                .andExpect(jsonPath("$.title").value("Łódzka praktyka API"))
                .andExpect(jsonPath("$.leadUnit.teryt").value("1061011"))
                .andExpect(jsonPath("$.leadUnit.name").value("miasto Łódź"))
                .andExpect(jsonPath("$.section").value("USLUGI_SPOLECZNE"))
                .andExpect(jsonPath("$.problem").isNotEmpty())
                .andExpect(jsonPath("$.solution").isNotEmpty())
                .andExpect(jsonPath("$.resources.costPln").value(486000))
                .andExpect(jsonPath("$.results[0].indicator").isNotEmpty())
                .andExpect(jsonPath("$.lessons").isNotEmpty())
                .andExpect(jsonPath("$.contact.name").value("Anna Przykładowa"))
                .andExpect(jsonPath("$.lastVerified").isNotEmpty());
    }

    @Test
    void neverShowsAContactPersonWhoDidNotConsent() throws Exception {
        mvc.perform(get("/api/v1/practices/{id}", hidden))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact").value(nullValue()))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("Barbara"))));
    }

    @Test
    void aDraftIsNotInTheApi() throws Exception {
        String official = TestAccounts.active(context, Role.OFFICIAL);
        long draft = practices.createDraft(PracticeContent.minimal("Szkic urzędnika", "1061011"), official)
                .practiceId();

        mvc.perform(get("/api/v1/practices/{id}", draft))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/practices").param("unit", "1061011").param("size", "100"))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) draft))));
    }

    @Test
    void filtersBySectionAndUnit() throws Exception {
        mvc.perform(get("/api/v1/practices").param("unit", "1061").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].leadUnit.teryt", everyItem(is("1061011"))))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) lodz)));
        mvc.perform(get("/api/v1/practices").param("section", "ROZWOJ_INSTYTUCJONALNY").param("size", "100"))
                .andExpect(jsonPath("$.content[*].section", everyItem(is("ROZWOJ_INSTYTUCJONALNY"))));
        mvc.perform(get("/api/v1/practices").param("section", "ROZWOJ_INSTYTUCJONALNY").param("unit", "1207132")
                .param("size", "100"))
                .andExpect(jsonPath("$.content[*].id", hasItem((int) hidden)))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) lodz))));
        mvc.perform(get("/api/v1/practices").param("section", "ROZWOJ_INSTYTUCJONALNY").param("unit", "1061011")
                        .param("size", "100"))
                .andExpect(jsonPath("$.content[*].section", everyItem(is("ROZWOJ_INSTYTUCJONALNY"))))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) lodz))))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) hidden))));
    }

    @Test
    void badParametersAreProblems() throws Exception {
        mvc.perform(get("/api/v1/practices").param("section", "NIE_MA"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NIE_MA")));
        mvc.perform(get("/api/v1/practices").param("unit", "12ab"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/practices").param("unit", "9999999"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/practices").param("size", "101"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/practices/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
