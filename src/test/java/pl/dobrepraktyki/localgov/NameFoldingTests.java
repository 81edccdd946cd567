package pl.dobrepraktyki.localgov;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameFoldingTests {

    @Test
    void foldsPolishLettersToAsciiIncludingLWithStroke() {
        assertThat(NameFolding.fold("Łódź")).isEqualTo("lodz");
        assertThat(NameFolding.fold("Żory")).isEqualTo("zory");
        assertThat(NameFolding.fold("ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż")).isEqualTo("acelnoszz acelnoszz");
    }

    @Test
    void turnsRunsOfOtherCharactersIntoOneSpace() {
        assertThat(NameFolding.fold("Kędzierzyn-Koźle")).isEqualTo("kedzierzyn kozle");
        assertThat(NameFolding.fold("  m.st.  Warszawa ")).isEqualTo("m st warszawa");
        assertThat(NameFolding.fold("100% _lodz_")).isEqualTo("100 lodz");
    }

    @Test
    void foldsNothingToEmpty() {
        assertThat(NameFolding.fold(null)).isEmpty();
        assertThat(NameFolding.fold(" - ")).isEmpty();
    }
}
