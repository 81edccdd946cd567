package pl.dobrepraktyki.search;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.transfer.PracticeTransferService;
import pl.dobrepraktyki.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Search finds what people type: inflected forms, no Polish letters, abbreviations; never drafts. */
@IntegrationTest
class SearchIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SearchService search;

    @Autowired
    PracticeTransferService transfer;

    @Autowired
    PracticeService practices;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    pl.dobrepraktyki.catalog.AttachmentService attachments;

    @Autowired
    pl.dobrepraktyki.search.internal.Reindexer reindexer;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    /** Imports published practices (built from the sample) and waits until the index has them. */
    private List<Long> publish(List<Map<String, Object>> changes) throws Exception {
        // a rebuild started by another test (e.g. the authorization matrix) empties the index while it runs
        await().atMost(Duration.ofSeconds(60)).until(() -> !reindexer.status().running());
        List<Map<String, Object>> sample = JSON.readValue(Files.readString(Path.of("docs/import-sample.json")),
                new TypeReference<List<Map<String, Object>>>() { });
        List<Map<String, Object>> records = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> change : changes) {
            Map<String, Object> record = new LinkedHashMap<>(sample.get(records.size() % sample.size()));
            String id = "search-" + UUID.randomUUID();
            record.put("externalId", id);
            record.putAll(change);
            records.add(record);
            ids.add(id);
        }
        transfer.importPractices(new ByteArrayInputStream(JSON.writeValueAsBytes(records)), "search.json",
                line -> { });
        List<Long> practiceIds = ids.stream()
                .map(id -> practices.findByExternalId(id).orElseThrow().practiceId()).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> practiceIds.stream().allMatch(this::indexed));
        return practiceIds;
    }

    private boolean indexed(long id) {
        return search.search(new SearchQuery(null, Map.of(), null, 0, 1)).total() > 0
                && search.isIndexed(id);
    }

    private List<Long> ids(String text) {
        return search.search(SearchQuery.text(text)).hits().stream().map(SearchResults.Hit::id).toList();
    }

    /**
     * The practices with every word of the text. When they are few, those with only some of the words
     * follow them on the same list ({@link SearchResults#mostWords()}).
     */
    private List<Long> withAllWords(String text) {
        SearchResults results = search.search(SearchQuery.text(text));
        return results.hits().stream().limit(results.allWords()).map(SearchResults.Hit::id).toList();
    }

    @Test
    void findsInflectedFormsWithAndWithoutPolishLetters() throws Exception {
        List<Long> ids = publish(List.of(
                Map.of("title", "Kwazarowy program dotacji", "problem",
                        "Brakowało nam źródłami finansowania wkładu własnego dla kwazarowych inwestycji."),
                Map.of("title", "Kwazarowe konsultacje", "summary",
                        "Mieszkańcy po raz pierwszy decydowali o części budżetu obywatelskiego w kwazarowej gminie."),
                Map.of("title", "Kwazarowa opieka nad dziećmi", "solution",
                        "Sieć gminnych żłobków otwartych w kwazarowych sołectwach.")));

        assertThat(withAllWords("zrodla finansowania kwazarowy")).contains(ids.get(0));
        assertThat(withAllWords("źródła finansowania kwazarowy")).contains(ids.get(0));
        assertThat(withAllWords("budżet obywatelski kwazarowy")).containsExactly(ids.get(1));
        assertThat(withAllWords("budzet obywatelski kwazarowy")).containsExactly(ids.get(1));
        assertThat(withAllWords("zlobek kwazarowy")).containsExactly(ids.get(2));
        assertThat(withAllWords("żłobek kwazarowy")).containsExactly(ids.get(2));
    }

    @Test
    void aWordTypedWithPolishLettersDoesNotFindAnotherWordThatIsTheSameWithoutThem() throws Exception {
        // the sample's goals have "pięć klubów seniora": goals of our own here
        List<Long> ids = publish(List.of(
                Map.of("title", "Wymiana pieców w gminie żubrzej", "summary", "Dopłaty do nowych pieców w pięciu sołectwach.",
                        "goals", "Czyste powietrze."),
                Map.of("title", "Rada seniorów gminy żubrzej", "summary", "Pięciu radnych seniorów doradza wójtowi.",
                        "goals", "Głos seniorów."),
                Map.of("title", "Żubrze leki dla seniorów", "summary", "Dowóz leków do domu.", "goals", "Zdrowie."),
                Map.of("title", "Żubrze wsparcie w kryzysie", "summary", "Pomoc osobom w lęku i depresji.",
                        "goals", "Zdrowie.")));

        // "pieców" (lemma piec) and "pięciu" (lemma pięć) are the same word without Polish letters
        assertThat(withAllWords("wymiana pieców żubrzy")).containsExactly(ids.get(0));
        assertThat(withAllWords("piece żubrzy")).containsExactly(ids.get(0));
        assertThat(withAllWords("pięć żubrzy")).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(withAllWords("leki żubrzy")).containsExactly(ids.get(2));
        assertThat(withAllWords("lęk żubrzy")).containsExactly(ids.get(3));
        // typed without Polish letters, a word still finds the lemma it may stand for
        assertThat(withAllWords("zubrzy")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(withAllWords("piecow zubrzy")).containsExactly(ids.get(0));
        // the snippet marks the stoves, not the five
        SearchResults stoves = search.search(SearchQuery.text("piece żubrzy"));
        assertThat(stoves.hits().get(0).id()).isEqualTo(ids.get(0));
        assertThat(stoves.hits().get(0).snippet()).contains("<mark>pieców</mark>").doesNotContain("<mark>pięciu");
    }

    @Test
    void aWordFindsRelatedWordsInTheTitleButNotUnrelatedWordsOfTheBodyWithTheSameFirstLetters() throws Exception {
        List<Long> ids = publish(List.of(
                Map.of("title", "Szakalowa współpraca z organizacjami pozarządowymi", "summary", "Program szakalowy."),
                Map.of("title", "Szakalowy szlak turystyczny", "summary", "Trasa wśród szakalowych łąk."),
                Map.of("title", "Szakalowe wozy strażackie", "summary", "Sprzęt dla szakalowej gminy.",
                        "problem", "Stare wozy pożarnicze.")));

        // a related word in the title: "turystyka" finds "turystyczny"
        assertThat(withAllWords("turystyka szakalowy")).containsExactly(ids.get(1));
        // "pozarządowe" and "pożarnicze" (in the body only) share their first five letters without
        // Polish letters ("pozar"): a word typed correctly finds only the first
        assertThat(withAllWords("pozarządowe szakalowy")).containsExactly(ids.get(0));
        // typed without Polish letters, the word is looked up with them ("pozarządowe"): the same
        assertThat(withAllWords("pozarzadowe szakalowy")).containsExactly(ids.get(0));
        // a word the dictionary knows in no spelling is matched by its prefix, which finds both
        assertThat(withAllWords("pozarz szakalowy")).startsWith(ids.get(0)).contains(ids.get(2));
    }

    @Test
    void understandsTheAbbreviationsOfLocalGovernment() throws Exception {
        List<Long> ids = publish(List.of(
                Map.of("title", "Lisowy ośrodek pomocy społecznej w terenie", "summary", "Pracownicy lisowi."),
                Map.of("title", "Lisowe odnawialne źródła energii na szkołach", "summary", "Panele lisowe."),
                Map.of("title", "Lisowa współpraca z organizacjami pozarządowymi", "summary", "Program lisowy.")));

        assertThat(withAllWords("OPS lisowy")).contains(ids.get(0));
        assertThat(withAllWords("gops lisowy")).contains(ids.get(0));
        assertThat(withAllWords("OZE lisowy")).contains(ids.get(1));
        assertThat(withAllWords("NGO lisowy")).contains(ids.get(2));
    }

    @Test
    void aWordTypedWithoutPolishLettersIsMatchedAsTheWordTheDictionaryKnowsWithThem() throws Exception {
        List<Long> ids = publish(List.of(
                Map.of("title", "Kwokowy program przy szkole", "problem", "Przy szkole urządzono ogród dla uczniów."),
                Map.of("title", "Kwokowe wsparcie seniorów", "problem", "Mieszkańcy trafiali do DPS daleko od rodzin.")));

        // "ogrod" is also a form of the rare "ogroda": in a query without Polish letters it is "ogród" too
        assertThat(withAllWords("ogrod kwokowy")).containsExactly(ids.get(0));
        // "domow" is "domów": the synonym term "dom pomocy społecznej", so DPS
        assertThat(withAllWords("domow pomocy spolecznej kwokowy")).contains(ids.get(1));
        assertThat(withAllWords("domów pomocy społecznej kwokowy")).contains(ids.get(1));
    }

    @Test
    void aPracticeWithTheWordsOfTheQueryTogetherComesBeforeOneWithTheWordsFarApart() throws Exception {
        // the first has "ogród" twice (so it would come first by its words alone) and "deszczowa" apart;
        // the third has "ogrody deszczowe" together; both are built on the same sample practice
        List<Long> ids = publish(List.of(
                Map.of("title", "Kwiczołowy program przy szkole", "problem",
                        "Ogród przy szkole powstał szybko i ogród cieszy uczniów, ale woda deszczowa nadal"
                                + " spływała do kanalizacji."),
                Map.of("title", "Kwiczołowa inna praktyka"),
                Map.of("title", "Kwiczołowy program przy szkole", "problem",
                        "Przy szkole powstały ogrody deszczowe, ale woda nadal spływała do kanalizacji z dachów"
                                + " wszystkich sąsiednich budynków gminnych i z parkingu.")));

        assertThat(withAllWords("ogród deszczowy kwiczołowy")).containsExactly(ids.get(2), ids.get(0));
        assertThat(withAllWords("ogrod deszczowy kwiczolowy")).containsExactly(ids.get(2), ids.get(0));
    }

    @Test
    void titlesWeighMoreThanTheBody() throws Exception {
        List<Long> ids = publish(List.of(
                Map.of("title", "Zwykła praktyka", "lessons", "Wspomnieliśmy raz o borsukowym podejściu."),
                Map.of("title", "Borsukowy model obsługi mieszkańców")));

        assertThat(ids("borsukowy")).startsWith(ids.get(1));
    }

    @Test
    void draftsAreNeverFound() throws Exception {
        String official = TestAccounts.active(context, Role.OFFICIAL);
        practices.createDraft(PracticeContent.minimal("Szkic o jeżozwierzowym rozwiązaniu", "1061011"), official);
        publish(List.of(Map.of("title", "Opublikowana praktyka kontrolna jeżozwierzowa")));

        SearchResults draftWords = search.search(SearchQuery.text("jeżozwierzowym rozwiązaniu"));
        assertThat(draftWords.allWords()).isZero();
        assertThat(draftWords.hits()).extracting(SearchResults.Hit::title).noneMatch(t -> t.startsWith("Szkic"));
        assertThat(search.search(SearchQuery.text("jeżozwierzowa")).total()).isEqualTo(1);
    }

    @Test
    void facetCountsEqualTheFilteredTotals() throws Exception {
        publish(List.of(
                Map.of("title", "Wydrowa praktyka A", "section", "USLUGI_SPOLECZNE", "leadUnitTeryt", "1061011"),
                Map.of("title", "Wydrowa praktyka B", "section", "USLUGI_SPOLECZNE", "leadUnitTeryt", "1207132"),
                Map.of("title", "Wydrowa praktyka C", "section", "DIALOG_SPOLECZNY", "leadUnitTeryt", "1207132")));

        SearchResults all = search.search(SearchQuery.text("wydrowa"));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facets().get(SearchFacet.SECTION)).containsEntry("USLUGI_SPOLECZNE", 2L)
                .containsEntry("DIALOG_SPOLECZNY", 1L);
        assertThat(all.facets().get(SearchFacet.VOIVODESHIP)).containsEntry("10", 1L).containsEntry("12", 2L);
        assertThat(all.facets().get(SearchFacet.UNIT_KIND)).containsEntry("CITY_COUNTY", 1L);
        for (SearchFacet facet : List.of(SearchFacet.SECTION, SearchFacet.VOIVODESHIP, SearchFacet.UNIT_KIND,
                SearchFacet.SIZE_CATEGORY, SearchFacet.AREA, SearchFacet.TYPE, SearchFacet.YEAR)) {
            all.facets().get(facet).forEach((value, count) -> {
                Map<SearchFacet, Set<String>> filter = new EnumMap<>(SearchFacet.class);
                filter.put(facet, Set.of(value));
                assertThat(search.search(new SearchQuery("wydrowa", filter, null, 0, 20)).total())
                        .as("%s=%s", facet, value).isEqualTo(count);
            });
        }
        Map<SearchFacet, Set<String>> both = new EnumMap<>(SearchFacet.class);
        both.put(SearchFacet.SECTION, Set.of("USLUGI_SPOLECZNE"));
        both.put(SearchFacet.VOIVODESHIP, Set.of("12"));
        assertThat(search.search(new SearchQuery("wydrowa", both, null, 0, 20)).total()).isEqualTo(1);
    }

    @Test
    void sortsTitlesInPolishOrder() throws Exception {
        publish(List.of(Map.of("title", "Łąka – świstakowa praktyka"), Map.of("title", "Mak – świstakowa praktyka"),
                Map.of("title", "Lampa – świstakowa praktyka"), Map.of("title", "Ćma – świstakowa praktyka"),
                Map.of("title", "Cebula – świstakowa praktyka")));

        List<String> titles = search.search(new SearchQuery("świstakowa", Map.of(), SearchQuery.Order.TITLE, 0, 20))
                .hits().stream().map(h -> h.title().substring(0, h.title().indexOf(' '))).toList();
        assertThat(titles).containsExactly("Cebula", "Ćma", "Lampa", "Łąka", "Mak");
    }

    @Test
    void snippetsShowWhatPeopleWroteAsTextNeverAsMarkup() throws Exception {
        publish(List.of(Map.of("title", "Kunowa praktyka", "summary",
                "Opis kunowy <script>alert(1)</script> <img src=x onerror=alert(1)>")));

        String snippet = search.search(SearchQuery.text("kunowy")).hits().get(0).snippet();
        assertThat(snippet).contains("<mark>").contains("&lt;script&gt;").doesNotContain("<script")
                .doesNotContain("<img");
    }

    @Test
    void theResultsPageHoldsItsStateInTheUrlAndWorksWithoutJavaScript() throws Exception {
        publish(List.of(
                Map.of("title", "Sarnia praktyka społeczna", "section", "USLUGI_SPOLECZNE"),
                Map.of("title", "Sarnia praktyka dialogu", "section", "DIALOG_SPOLECZNY")));

        mvc.perform(get("/szukaj").param("q", "sarnia"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Znaleziono 2 praktyki")))
                .andExpect(content().string(containsString("/szukaj?q=sarnia&amp;dzial=USLUGI_SPOLECZNE")));
        mvc.perform(get("/szukaj").param("q", "sarnia").param("dzial", "USLUGI_SPOLECZNE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Znaleziono 1 praktykę")))
                .andExpect(content().string(containsString("Sarnia praktyka społeczna")))
                .andExpect(content().string(not(containsString("Sarnia praktyka dialogu"))))
                .andExpect(content().string(containsString("Usuń filtr: Dział")));
        mvc.perform(get("/szukaj").param("q", "sarnia").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Sarnia praktyka")));
    }

    @Test
    void theApiAnswersWithHitsAndFacets() throws Exception {
        List<Long> ids = publish(List.of(Map.of("title", "Jelenia praktyka", "leadUnitTeryt", "1061011",
                "section", "USLUGI_TECHNICZNE", "summary", "Opis jeleniej praktyki w mieście.")));

        mvc.perform(get("/api/v1/search").param("q", "jelenia").param("section", "USLUGI_TECHNICZNE")
                        .param("voivodeship", "10"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value(ids.get(0)))
                .andExpect(jsonPath("$.hits[0].unit.teryt").value("1061011"))
                .andExpect(jsonPath("$.hits[0].unit.name").value("miasto Łódź"))
                .andExpect(jsonPath("$.hits[0].snippet").value(containsString("<mark>")))
                .andExpect(jsonPath("$.facets.section.USLUGI_TECHNICZNE").value(1))
                .andExpect(jsonPath("$.facets.unitKind.CITY_COUNTY").value(1));
        mvc.perform(get("/api/v1/search").param("q", "jelenia").param("size", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/search").param("sort", "losowo"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void pagingDeeperThanTheFirstTenThousandResultsIsRefusedNotCollected() throws Exception {
        publish(List.of(Map.of("title", "Łosia praktyka na głębokiej stronie")));

        // page 1,000,000 of 100 once made the index allocate room for 100 million hits: out of memory (fuzzing)
        mvc.perform(get("/api/v1/search").param("q", "łosia").param("page", "1000000").param("size", "100"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("narrow the search")));
        mvc.perform(get("/api/v1/search").param("q", "łosia").param("page", "99").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/szukaj").param("q", "łosia").param("strona", "2147483647"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Znaleziono 1 praktykę")));
    }

    @Test
    void theIndexCanBeDeletedAndRebuiltFromTheDatabase() throws Exception {
        List<Long> ids = publish(List.of(Map.of("title", "Bobrowa praktyka do przebudowy")));
        var workspace = org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory)
                .scope(pl.dobrepraktyki.catalog.Practice.class).workspace();
        workspace.purge();
        workspace.refresh(); // OpenSearch shows a purge to searches only after a refresh
        assertThat(search.isIndexed(ids.get(0))).isFalse();
        List<String> progress = new ArrayList<>();

        reindexer.run("test", progress::add);

        assertThat(withAllWords("bobrowa przebudowa")).containsExactly(ids.get(0));
        assertThat(progress).last().asString().startsWith("indeks przebudowany");
        assertThat(search.search(new SearchQuery(null, Map.of(), null, 0, 1)).total())
                .isEqualTo(practices.published(null, org.springframework.data.domain.PageRequest.of(0, 1))
                        .getTotalElements());
    }

    @Test
    void forgivesOneTypoInALongerWord() throws Exception {
        List<Long> ids = publish(List.of(Map.of("title", "Termomodernizacja szkół – rysiowa praktyka")));

        assertThat(withAllWords("termomodrenizacja rysiowa")).contains(ids.get(0));
        assertThat(withAllWords("tremomodernizacja rysiowa")).contains(ids.get(0));
        assertThat(ids("rysiowa")).contains(ids.get(0));
        assertThat(withAllWords("termomodernizacja rosomakowa")).doesNotContain(ids.get(0));
    }

    @Test
    void similarPracticesShareWordsAndTaxonomyButNotTheSamePractice() throws Exception {
        List<Long> ids = publish(List.of(
                Map.of("title", "Gronostajowy klub seniora", "keywords", List.of("gronostaj", "seniorzy"),
                        "areas", List.of("POMOC_SPOLECZNA"), "summary", "Gronostajowe spotkania seniorów w świetlicy.",
                        "problem", "Seniorzy z gronostajowych wsi byli samotni.",
                        "solution", "Gronostajowy klub seniora prowadzi zajęcia dwa razy w tygodniu."),
                Map.of("title", "Gronostajowe zajęcia dla seniorów", "keywords", List.of("gronostaj"),
                        "areas", List.of("POMOC_SPOLECZNA"), "summary", "Zajęcia dla seniorów w gronostajowej gminie.",
                        "problem", "Gronostajowi seniorzy nie mieli zajęć.",
                        "solution", "Gmina organizuje gronostajowe zajęcia dla seniorów."),
                Map.of("title", "Zupełnie inna praktyka o drogach", "keywords", List.of("drogi"),
                        "summary", "Remonty dróg gminnych.", "problem", "Dziurawe drogi.",
                        "solution", "Plan remontów dróg na pięć lat.")));

        List<Long> similar = search.similar(ids.get(0), 5).stream().map(SearchResults.Hit::id).toList();
        assertThat(similar).first().isEqualTo(ids.get(1));
        assertThat(similar).doesNotContain(ids.get(0));
        mvc.perform(get("/szukaj/podobne/{id}", ids.get(0)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gronostajowe zajęcia dla seniorów")));
    }

    @Test
    void practicesFromUnitsLikeMineComeFromTheSameKindAndSize() throws Exception {
        // Łódź and Kraków are both cities with county rights; Szczawa is a rural gmina
        List<Long> ids = publish(List.of(
                Map.of("title", "Krakowska praktyka kunopsa", "leadUnitTeryt", "1261011"),
                Map.of("title", "Wiejska praktyka kunopsa", "leadUnitTeryt", "1207132"),
                Map.of("title", "Łódzka praktyka kunopsa", "leadUnitTeryt", "1061011")));

        List<Long> likeLodz = search.fromUnitsLike("1061011", 100).stream().map(SearchResults.Hit::id).toList();
        assertThat(likeLodz).contains(ids.get(0)).doesNotContain(ids.get(1), ids.get(2));
    }

    @Test
    void thePracticeListWithWordsGoesToTheSearch() throws Exception {
        mvc.perform(get("/praktyki").param("q", "budżet obywatelski").param("dzial", "USLUGI_SPOLECZNE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/szukaj?q=bud%C5%BCet%20obywatelski&dzial=USLUGI_SPOLECZNE"));
    }

    @Test
    void aSearchWithTwoTyposSuggestsTheWordsThePracticesUse() throws Exception {
        publish(List.of(Map.of("title", "Sieć żłobków wombatowych")));

        assertThat(search.search(SearchQuery.text("wmobatowyhc")).total()).isZero();
        assertThat(search.didYouMean("wmobatowyhc")).hasValue("wombatowych");
        assertThat(search.didYouMean("żłobków")).isEmpty();
        mvc.perform(get("/szukaj").param("q", "wmobatowyhc"))
                .andExpect(content().string(containsString("Czy chodziło Ci o:")))
                .andExpect(content().string(containsString("/szukaj?q=wombatowych")));
        // one word found, the other misspelt beyond a typo: the practices with the first, and the correction
        mvc.perform(get("/szukaj").param("q", "żłobków wmobatowyhc"))
                .andExpect(content().string(containsString("Żadna praktyka nie zawiera wszystkich wpisanych słów")))
                .andExpect(content().string(containsString("/szukaj?q=%C5%BC%C5%82obk%C3%B3w%20wombatowych")));
    }

    @Test
    void suggestsTitlesKeywordsAndUnitsWhileTyping() throws Exception {
        publish(List.of(Map.of("title", "Pelikanowy program wsparcia sołtysów", "keywords",
                List.of("pelikanowe konsultacje", "sołectwo"))));

        assertThat(search.suggest("pelik", 6)).extracting(SearchService.Suggestion::label)
                .contains("Pelikanowy program wsparcia sołtysów", "pelikanowe konsultacje");
        assertThat(search.suggest("pelikanowy progr", 6)).extracting(SearchService.Suggestion::label)
                .contains("Pelikanowy program wsparcia sołtysów");
        mvc.perform(get("/szukaj/podpowiedzi").param("q", "lodz"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"listbox\"")))
                .andExpect(content().string(containsString("miasto Łódź")));
        mvc.perform(get("/szukaj/podpowiedzi").param("q", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("role=\"option\""))));
    }

    @Test
    void findsWordsThatAreOnlyInAnAttachment() throws Exception {
        String official = TestAccounts.active(context, Role.OFFICIAL);
        String editor = TestAccounts.active(context, Role.EDITOR);
        long id = practices.createDraft(pl.dobrepraktyki.catalog.PracticeContents.complete()
                .title("Praktyka z załącznikiem").build(), official).practiceId();
        attachments.upload(id, "raport.pdf", new ByteArrayInputStream(
                pl.dobrepraktyki.catalog.TestFiles.pdf("Raport o kolibrowym harmonogramie prac")), official);
        practices.submit(id, official);
        practices.publish(id, editor);
        await().atMost(Duration.ofSeconds(30)).until(() -> search.isIndexed(id));

        assertThat(withAllWords("kolibrowy harmonogram")).contains(id);
    }

    @Test
    void aDocumentAddedToAPublishedPracticeIsFoundAndARemovedOneNoLonger() throws Exception {
        String editor = TestAccounts.active(context, Role.EDITOR);
        long id = publish(List.of(Map.of("title", "Praktyka z późniejszym raportem"))).get(0);

        var attachment = attachments.upload(id, "raport.pdf", new ByteArrayInputStream(
                pl.dobrepraktyki.catalog.TestFiles.pdf("Raport o pelikanowym harmonogramie prac")), editor);
        await().atMost(Duration.ofSeconds(30)).until(() -> withAllWords("pelikanowy harmonogram").contains(id));

        attachments.delete(attachment.id(), editor);
        await().atMost(Duration.ofSeconds(30)).until(() -> !withAllWords("pelikanowy harmonogram").contains(id));
    }

    @Test
    void aRenamedAreaIsFoundByItsNewName() throws Exception {
        var taxonomies = context.getBean(pl.dobrepraktyki.catalog.TaxonomyService.class);
        var area = taxonomies.add(pl.dobrepraktyki.catalog.Taxonomy.AREA, "SEARCH_RENAME_" + Math.abs(UUID.randomUUID()
                .getMostSignificantBits() % 100000), "Dziedzina tapirowa", "Tapir area");
        long id = publish(List.of(Map.of("title", "Praktyka w dziedzinie do zmiany nazwy", "areas",
                List.of(area.getCode())))).get(0);
        assertThat(withAllWords("tapirowa dziedzina")).contains(id);

        taxonomies.rename(pl.dobrepraktyki.catalog.Taxonomy.AREA, area.getCode(), "Dziedzina okapiowa", "Okapi area");

        await().atMost(Duration.ofSeconds(30)).until(() -> withAllWords("okapiowa dziedzina").contains(id));
        assertThat(withAllWords("tapirowa dziedzina")).doesNotContain(id);
    }

    @Test
    void aQuestionTypedAsASentenceFindsThePracticesWithMostOfItsWords() throws Exception {
        long id = publish(List.of(Map.of("title", "Dżdżownicowy budżet obywatelski w gminie"))).get(0);

        SearchResults all = search.search(SearchQuery.text("dżdżownicowy budżet obywatelski"));
        assertThat(all.hits()).extracting(SearchResults.Hit::id).startsWith(id);
        assertThat(all.allWords()).isEqualTo(1);

        SearchResults most = search.search(SearchQuery.text("jak dżdżownicowe gminy prowadzą budżet obywatelski sterowcowo"));
        assertThat(most.hits()).extracting(SearchResults.Hit::id).contains(id);
        assertThat(most.mostWords()).isTrue();
        assertThat(most.allWords()).isZero();
        mvc.perform(get("/szukaj").param("q", "jak dżdżownicowe gminy prowadzą budżet obywatelski sterowcowo"))
                .andExpect(content().string(containsString("Żadna praktyka nie zawiera wszystkich wpisanych słów")));

        SearchResults one = search.search(SearchQuery.text("dżdżownicowy nietoperz"));
        assertThat(one.hits()).as("two words: one is enough when no practice has both")
                .extracting(SearchResults.Hit::id).contains(id);
        assertThat(one.mostWords()).isTrue();
    }

    @Test
    void wordsOfTheQuestionNeedNotBeInThePracticeAndThoseWithEveryWordComeFirst() throws Exception {
        List<Long> ids = publish(List.of(
                Map.of("title", "Koliberkowy budżet obywatelski z edycją szkolną", "summary",
                        "Mieszkańcy miasta co roku wybierają koliberkowe projekty."),
                Map.of("title", "Koliberkowa pomoc prawna", "summary",
                        "Opisujemy, jak inne starostwa wdrażają koliberkowe punkty; radni pytali też o budżet "
                                + "i o komitet obywatelski.")));

        // "jak" and "inne" are not sought; the second practice happens to have every other word, the first
        // (about the budget) lacks "starostwa" and "wdrażają" but has most of the words
        SearchResults results = search.search(SearchQuery.text("jak inne starostwa wdrażają koliberkowy budżet obywatelski"));
        assertThat(results.allWords()).isEqualTo(1);
        assertThat(results.mostWords()).isTrue();
        assertThat(results.hits()).extracting(SearchResults.Hit::id).startsWith(ids.get(1)).contains(ids.get(0));
        mvc.perform(get("/szukaj").param("q", "jak inne starostwa wdrażają koliberkowy budżet obywatelski"))
                .andExpect(content().string(containsString("Liczba praktyk ze wszystkimi wpisanymi słowami: 1.")));

        // the stop words alone are searched as typed
        assertThat(search.search(SearchQuery.text("jak")).allWords()).isPositive();
    }

    @Test
    void aKindOfUnitInTheQueryIsNotAWordToFindButPutsThePracticesOfSuchUnitsFirst() throws Exception {
        // Kraków (1261011) is a city with county rights, Szczawa (1207132) a rural gmina; on its words
        // alone the city's practice, with the word in its title and summary, comes first
        List<Long> ids = publish(List.of(
                Map.of("title", "Albatrosowe warsztaty", "summary", "Albatrosowe zajęcia dla mieszkańców.",
                        "leadUnitTeryt", "1261011"),
                Map.of("title", "Warsztaty albatrosowe", "leadUnitTeryt", "1207132")));
        assertThat(ids("albatrosowe")).containsExactly(ids.get(0), ids.get(1));

        SearchResults results = search.search(SearchQuery.text("albatrosowe w gminach wiejskich"));
        assertThat(results.hits()).extracting(SearchResults.Hit::id).containsExactly(ids.get(1), ids.get(0));
        SearchResults cities = search.search(SearchQuery.text("albatrosowe w miastach na prawach powiatu"));
        assertThat(cities.hits()).extracting(SearchResults.Hit::id).containsExactly(ids.get(0), ids.get(1));
        assertThat(cities.mostWords()).as("both have every word sought").isFalse();

        mvc.perform(get("/api/v1/search").param("q", "albatrosowe w gminach wiejskich"))
                .andExpect(jsonPath("$.unitKindsFirst[0]").value("RURAL_MUNICIPALITY"))
                .andExpect(jsonPath("$.hits[0].id").value(ids.get(1)));
        mvc.perform(get("/api/v1/search").param("q", "albatrosowe"))
                .andExpect(jsonPath("$.unitKindsFirst").isEmpty());

        // the page says so and offers that kind alone as a filter
        String only = "/szukaj?q=albatrosowe%20w%20gminach%20wiejskich&amp;rodzaj=RURAL_MUNICIPALITY";
        mvc.perform(get("/szukaj").param("q", "albatrosowe w gminach wiejskich"))
                .andExpect(content().string(containsString(
                        "Praktyki jednostek rodzaju „gmina wiejska” są na początku listy")))
                .andExpect(content().string(containsString("href=\"" + only + "\"")));
        mvc.perform(get("/szukaj").param("q", "albatrosowe w gminach wiejskich").param("rodzaj", "RURAL_MUNICIPALITY"))
                .andExpect(content().string(containsString("Warsztaty albatrosowe")))
                .andExpect(content().string(not(containsString("Albatrosowe warsztaty"))))
                .andExpect(content().string(not(containsString("są na początku listy"))));
    }

    @Test
    void aFacetCountIsTheTotalOnceChosenWhetherOrNotTheResultsWereWidened() throws Exception {
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            changes.add(Map.of("title", "Pawiowy budżet nr " + i));
        }
        changes.add(Map.of("title", "Pawiowy park"));
        changes.add(Map.of("title", "Pawiowy skwer"));
        publish(changes);

        // ten practices have both words (five in each of two sections): not widened, while a section
        // with five of them alone would be, had the filters decided it
        for (String text : List.of("pawiowy budżet", "pawiowy budżet jak jeżozwierz")) {
            SearchResults results = search.search(SearchQuery.text(text));
            assertThat(results.facets().get(SearchFacet.SECTION)).isNotEmpty();
            results.facets().get(SearchFacet.SECTION).forEach((section, count) -> assertThat(search.search(
                    new SearchQuery(text, Map.of(SearchFacet.SECTION, Set.of(section)), null, 0, 20)).total())
                    .as("%s in section %s", text, section).isEqualTo(count));
        }
    }

    @Test
    void theCompetitionAwardIsAFacetAndAFilter() throws Exception {
        String unique = "Lemurowa praktyka nagrodzona " + UUID.randomUUID();
        long id = practices.importPractice("search-award-" + UUID.randomUUID(),
                pl.dobrepraktyki.catalog.PracticeContent.minimal(unique, "1061011"),
                pl.dobrepraktyki.catalog.PracticeStatus.PUBLISHED,
                java.time.LocalDate.of(2025, 6, 1), false, "search-test",
                new pl.dobrepraktyki.catalog.CompetitionAward(1L, "Samorządowy Lider Zarządzania 2025", 2025,
                        pl.dobrepraktyki.catalog.Award.LAUREATE, pl.dobrepraktyki.localgov.SizeCategory.LARGE_CITIES))
                .practiceId();
        long plain = publish(List.of(Map.of("title", "Lemurowa praktyka bez nagrody"))).get(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> search.isIndexed(id));

        SearchResults both = search.search(SearchQuery.text("lemurowa praktyka"));
        assertThat(both.hits()).extracting(SearchResults.Hit::id).contains(id, plain);
        assertThat(both.facets().get(SearchFacet.AWARD)).containsEntry("LAUREATE", 1L);

        SearchResults laureates = search.search(new SearchQuery("lemurowa praktyka",
                Map.of(SearchFacet.AWARD, java.util.Set.of("LAUREATE")), null, 0, 20));
        assertThat(laureates.hits()).extracting(SearchResults.Hit::id).containsExactly(id);
        mvc.perform(get("/szukaj").param("q", "lemurowa praktyka"))
                .andExpect(content().string(containsString("Nagroda w konkursie")))
                .andExpect(content().string(containsString("nagroda=LAUREATE")))
                .andExpect(content().string(containsString("<span>Laureat</span>")));
        mvc.perform(get("/api/v1/search").param("q", "lemurowa praktyka").param("award", "LAUREATE"))
                .andExpect(content().string(containsString("\"total\":1")));
    }

    @Test
    void aDashOrQuoteBetweenWordsDoesNotEmptyTheResults() throws Exception {
        List<Long> ids = publish(List.of(Map.of("title", "Susłowy budżet obywatelski — edycja szkolna")));

        assertThat(withAllWords("susłowy budżet — edycja")).contains(ids.get(0));
        assertThat(withAllWords("„susłowy” budżet…")).contains(ids.get(0));
    }

    @Test
    void aSynonymGroupAnEditorAddsIsUsedByTheNextSearchAndNoLongerOnceDeleted() throws Exception {
        var editor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                        .loadUserByUsername(TestAccounts.active(context, Role.EDITOR)));
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        List<Long> ids = publish(List.of(
                Map.of("title", "Zajęcia dla dorosłych z niepełnosprawnością", "summary",
                        "Gmina prowadzi warsztaty terapii zajęciowej w dawnej szkole."),
                Map.of("title", "Kormoranowy MOPS w mieście", "summary", "Opis kormoranowy.")));
        assertThat(ids("wtz")).as("no practice says wtz").isEmpty();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/synonimy")
                        .param("terms", "wtz, warsztaty terapii zajęciowej").with(editor).with(csrf))
                .andExpect(status().is3xxRedirection());

        assertThat(ids("wtz")).containsExactly(ids.get(0));
        assertThat(withAllWords("WTZ dorosłych")).containsExactly(ids.get(0));
        // a term of a group written once, with Polish letters, is found as typed without them
        assertThat(withAllWords("osrodek pomocy spolecznej kormoranowy")).containsExactly(ids.get(1));

        long group = context.getBean(SynonymService.class).groups().stream()
                .filter(g -> g.terms().contains("wtz")).findFirst().orElseThrow().id();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/admin/synonimy/{id}/usun", group).param("version", "0").with(editor).with(csrf))
                .andExpect(status().is3xxRedirection());

        assertThat(search.search(SearchQuery.text("wtz")).total()).isZero();
        assertThat(withAllWords("warsztaty terapii zajęciowej")).contains(ids.get(0));
    }
}
