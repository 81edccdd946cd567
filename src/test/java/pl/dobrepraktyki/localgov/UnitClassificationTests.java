package pl.dobrepraktyki.localgov;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnitClassificationTests {

    @Test
    void derivesGminaKindFromRodzAndCountyNumber() {
        assertThat(UnitKind.ofMunicipality(1, 1)).isEqualTo(UnitKind.URBAN_MUNICIPALITY);
        assertThat(UnitKind.ofMunicipality(2, 1)).isEqualTo(UnitKind.RURAL_MUNICIPALITY);
        assertThat(UnitKind.ofMunicipality(3, 60)).isEqualTo(UnitKind.URBAN_RURAL_MUNICIPALITY);
        assertThat(UnitKind.ofMunicipality(1, 61)).isEqualTo(UnitKind.CITY_COUNTY);
    }

    @Test
    void refusesPartsOfGminasAndRuralGminasInCityCounties() {
        for (int rodz : new int[] { 4, 5, 8, 9 }) {
            assertThatIllegalArgumentException().isThrownBy(() -> UnitKind.ofMunicipality(rodz, 1))
                    .withMessageContaining("part of a gmina");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> UnitKind.ofMunicipality(2, 61));
    }

    @Test
    void parsesApiCodesIgnoringCaseAndNamesTheAllowedOnes() {
        assertThat(UnitKind.fromCode("city_county")).isEqualTo(UnitKind.CITY_COUNTY);
        assertThatIllegalArgumentException().isThrownBy(() -> UnitKind.fromCode("CITY"))
                .withMessageContaining("Unknown unit kind 'CITY'").withMessageContaining("RURAL_MUNICIPALITY");
    }

    @Test
    void countiesCompeteAsCounties() {
        assertThat(SizeCategory.of(UnitKind.COUNTY, 87_260)).isEqualTo(SizeCategory.COUNTIES);
    }

    @Test
    void citiesWithCountyRightsAreLargeWhateverTheirPopulation() {
        assertThat(SizeCategory.of(UnitKind.CITY_COUNTY, 38_000)).isEqualTo(SizeCategory.LARGE_CITIES);
        assertThat(SizeCategory.of(UnitKind.CITY_COUNTY, null)).isEqualTo(SizeCategory.LARGE_CITIES);
    }

    @Test
    void urbanGminasAreLargeAboveFiftyThousandPeople() {
        assertThat(SizeCategory.of(UnitKind.URBAN_MUNICIPALITY, 50_001)).isEqualTo(SizeCategory.LARGE_CITIES);
        assertThat(SizeCategory.of(UnitKind.URBAN_RURAL_MUNICIPALITY, 50_010)).isEqualTo(SizeCategory.LARGE_CITIES);
        assertThat(SizeCategory.of(UnitKind.URBAN_MUNICIPALITY, 50_000)).isEqualTo(SizeCategory.SMALL_CITIES);
        assertThat(SizeCategory.of(UnitKind.URBAN_RURAL_MUNICIPALITY, 12_000)).isEqualTo(SizeCategory.SMALL_CITIES);
    }

    @Test
    void urbanGminaWithoutPopulationDataCountsAsSmall() {
        assertThat(SizeCategory.of(UnitKind.URBAN_MUNICIPALITY, null)).isEqualTo(SizeCategory.SMALL_CITIES);
    }

    @Test
    void ruralGminasAreRuralWhateverTheirPopulation() {
        assertThat(SizeCategory.of(UnitKind.RURAL_MUNICIPALITY, 80_000)).isEqualTo(SizeCategory.RURAL);
        assertThat(SizeCategory.of(UnitKind.RURAL_MUNICIPALITY, null)).isEqualTo(SizeCategory.RURAL);
    }

    @Test
    void voivodeshipsHaveNoCategory() {
        assertThat(SizeCategory.of(UnitKind.VOIVODESHIP, 2_868_240)).isNull();
    }
}
