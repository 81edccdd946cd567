package pl.dobrepraktyki.localgov;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The register as the start-up import loads it from the bundled files. */
@IntegrationTest
class UnitRegisterIntegrationTests {

    @Autowired
    LocalGovernmentService units;

    @Test
    void holdsEveryUnitOfTheRegisterOnce() {
        assertThat(units.count()).isEqualTo(2809);
        assertThat(units.countByKind()).containsEntry(UnitKind.VOIVODESHIP, 16L)
                .containsEntry(UnitKind.COUNTY, 314L)
                .containsEntry(UnitKind.CITY_COUNTY, 66L)
                .containsEntry(UnitKind.URBAN_MUNICIPALITY, 236L)
                .containsEntry(UnitKind.RURAL_MUNICIPALITY, 1459L)
                .containsEntry(UnitKind.URBAN_RURAL_MUNICIPALITY, 718L);
    }

    @Test
    void findsLodzByItsGminaCodeAndByItsCountyCode() {
        LocalGovernment lodz = units.getByCode("1061011");

        assertThat(units.getByCode("1061").getId()).isEqualTo(lodz.getId());
        assertThat(lodz.getName()).isEqualTo("Łódź");
        assertThat(lodz.getKind()).isEqualTo(UnitKind.CITY_COUNTY);
        assertThat(lodz.getSizeCategory()).isEqualTo(SizeCategory.LARGE_CITIES);
        assertThat(lodz.getPopulation()).isEqualTo(645_690);
        assertThat(lodz.getAreaKm2()).isEqualByComparingTo("293.25");
        assertThat(lodz.getDensity()).isEqualByComparingTo("2201.8");
        assertThat(lodz.getParentTeryt()).isEqualTo("10");
        assertThat(lodz.getVoivodeshipTeryt()).isEqualTo("10");
        assertThat(lodz.getCountyTeryt()).isEqualTo("1061");
        assertThat(lodz.getDisplayName()).isEqualTo("miasto Łódź");
    }

    @Test
    void givesTheCanonicalCodeAndDisplayNameForOtherModules() {
        assertThat(units.canonicalCode("1061")).isEqualTo("1061011");
        assertThat(units.canonicalCode("1001")).isEqualTo("1001");
        assertThat(units.unitName("1465")).hasValue("miasto Warszawa");
        assertThat(units.unitName("0201022")).hasValue("gmina wiejska Bolesławiec");
        assertThat(units.unitName("02")).hasValue("województwo dolnośląskie");
        assertThat(units.unitName("9999999")).isEmpty();
        assertThat(units.unitName("abc")).isEmpty();
        assertThat(units.exists("1061")).isTrue();
    }

    @Test
    void saysWhenAUnitHasNoPopulationData() {
        LocalGovernment szczawa = units.getByCode("1207132");

        assertThat(szczawa.getName()).isEqualTo("Szczawa");
        assertThat(szczawa.getPopulation()).isNull();
        assertThat(szczawa.getDensity()).isNull();
        assertThat(szczawa.getAreaKm2()).isEqualByComparingTo("42.38");
        assertThat(szczawa.getSizeCategory()).isEqualTo(SizeCategory.RURAL);
        assertThat(units.getByCode("2002162").getPopulation()).isNull();
    }

    @Test
    void linksGminasToCountiesAndCountiesToVoivodeships() {
        LocalGovernment gmina = units.getByCode("0201022");
        UnitDetails details = units.details(TerytCode.of("0201022"));

        assertThat(gmina.getParentTeryt()).isEqualTo("0201");
        assertThat(details.ancestors()).extracting(LocalGovernment::getTeryt).containsExactly("02", "0201");
        assertThat(units.details(TerytCode.of("0201")).children()).extracting(LocalGovernment::getTeryt)
                .contains("0201011", "0201022").allMatch(code -> code.startsWith("0201"));
        assertThat(units.details(TerytCode.of("10")).children()).extracting(LocalGovernment::getKind)
                .containsOnly(UnitKind.COUNTY, UnitKind.CITY_COUNTY).hasSize(24);
    }

    @Test
    void classifiesUrbanGminasBySize() {
        assertThat(units.getByCode("0201011").getSizeCategory()).isEqualTo(SizeCategory.SMALL_CITIES);
        assertThat(units.getByCode("0201").getSizeCategory()).isEqualTo(SizeCategory.COUNTIES);
        assertThat(units.getByCode("02").getSizeCategory()).isNull();
    }

    @Test
    void findsNamesWithoutDiacriticsAndCaseExactMatchFirst() {
        List<LocalGovernment> lodz = units.search(UnitQuery.byName("LODZ"), PageRequest.of(0, 10)).getContent();
        List<LocalGovernment> zory = units.search(UnitQuery.byName("zory"), PageRequest.of(0, 10)).getContent();

        assertThat(lodz.get(0).getTeryt()).isEqualTo("1061011");
        assertThat(lodz).extracting(LocalGovernment::getName).contains("łódzkie", "łódzki wschodni");
        assertThat(zory.get(0).getName()).isEqualTo("Żory");
    }

    @Test
    void filtersByKindAndVoivodeship() {
        var page = units.search(new UnitQuery(UnitKind.CITY_COUNTY, "10", null), PageRequest.of(0, 100));

        assertThat(page.getContent()).extracting(LocalGovernment::getName)
                .containsExactly("Łódź", "Piotrków Trybunalski", "Skierniewice");
    }

    @Test
    void refusesMalformedCodesAndUnknownUnits() {
        assertThatIllegalArgumentException().isThrownBy(() -> units.getByCode("123"));
        assertThatExceptionOfType(UnitNotFoundException.class).isThrownBy(() -> units.getByCode("9999999"))
                .withMessageContaining("9999999");
    }
}
