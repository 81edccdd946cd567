package pl.dobrepraktyki.localgov;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TerytCodeTests {

    @Test
    void acceptsVoivodeshipCountyAndGminaCodes() {
        assertThat(TerytCode.of("10").level()).isEqualTo(TerytCode.Level.VOIVODESHIP);
        assertThat(TerytCode.of("1061").level()).isEqualTo(TerytCode.Level.COUNTY);
        assertThat(TerytCode.of("1061011").level()).isEqualTo(TerytCode.Level.MUNICIPALITY);
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertThat(TerytCode.of(" 0201011 ").value()).isEqualTo("0201011");
    }

    @Test
    void knowsItsVoivodeshipAndCounty() {
        TerytCode code = TerytCode.of("0201011");
        assertThat(code.voivodeshipCode()).isEqualTo("02");
        assertThat(code.countyCode()).hasValue("0201");
        assertThat(TerytCode.of("02").countyCode()).isEmpty();
    }

    @Test
    void recognisesCityCountyAliases() {
        assertThat(TerytCode.of("1061").isCityCountyCode()).isTrue();
        assertThat(TerytCode.of("1465").isCityCountyCode()).isTrue();
        assertThat(TerytCode.of("1001").isCityCountyCode()).isFalse();
        assertThat(TerytCode.of("1061011").isCityCountyCode()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "1", "123", "12345", "123456", "12345678", "abcd", "10-61", "1061０11", "10 61" })
    void rejectsCodesThatAreNotTwoFourOrSevenDigits(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> TerytCode.of(code))
                .withMessageContaining("TERYT code");
        assertThat(TerytCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    void rejectsAMissingCode(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> TerytCode.of(code)).withMessageContaining("missing");
    }

    @Test
    void namesTheProblemInTheMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> TerytCode.of("12345"))
                .withMessage("Invalid TERYT code '12345': expected 2 (voivodeship), 4 (county) or 7 (gmina) digits,"
                        + " got 5 characters");
        assertThatIllegalArgumentException().isThrownBy(() -> TerytCode.of("10a1"))
                .withMessage("Invalid TERYT code '10a1': only digits 0-9 are allowed");
    }

    @Test
    void equalCodesAreEqual() {
        assertThat(TerytCode.of("1061")).isEqualTo(TerytCode.of("1061")).hasSameHashCodeAs(TerytCode.of("1061"));
        assertThat(TerytCode.of("1061")).hasToString("1061");
    }
}
