package pl.dobrepraktyki.search;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitKindWordsTests {

    private static UnitKindWords.Found find(String query) {
        return UnitKindWords.find(Synonyms.words(query));
    }

    @Test
    void aKindOfUnitIsFoundInAnyInflectedFormAndLeftOutOfTheWordsToFind() {
        assertThat(find("smog w gminie wiejskiej")).isEqualTo(
                new UnitKindWords.Found(List.of("smog", "w"), Set.of("RURAL_MUNICIPALITY")));
        assertThat(find("oswietlenie w gminach miejsko-wiejskich").kinds()).containsExactly("URBAN_RURAL_MUNICIPALITY");
        assertThat(find("rewitalizacja w gminach miejskich").kinds()).containsExactly("URBAN_MUNICIPALITY");
        assertThat(find("parkingi w miastach na prawach powiatu")).isEqualTo(
                new UnitKindWords.Found(List.of("parkingi", "w"), Set.of("CITY_COUNTY")));
        assertThat(find("drogi powiatów ziemskich i gmin wiejskich").kinds())
                .containsExactly("COUNTY", "RURAL_MUNICIPALITY");
    }

    @Test
    void aQueryWithNothingElseToFindIsSearchedAsTyped() {
        assertThat(find("gminy wiejskie")).isEqualTo(new UnitKindWords.Found(List.of("gminy", "wiejskie"), Set.of()));
        assertThat(find("jak w gminach wiejskich").kinds()).as("only stop words left").isEmpty();
    }

    @Test
    void wordsThatOnlyResembleAKindAreWordsToFind() {
        assertThat(find("komunikacja na terenach wiejskich").kinds()).isEmpty();
        assertThat(find("gmina i szkoła wiejska").kinds()).isEmpty();
        assertThat(find("budżet gminy").kinds()).isEmpty();
    }
}
