package pl.dobrepraktyki.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactTests {

    private static Contact withEmail(String email) {
        return new Contact("Anna Nowak", null, email, null, true, null);
    }

    @Test
    void theSameAddressTypedWithOtherCapitalsOrSpacesIsTheContacts() {
        assertThat(withEmail("Anna.Nowak@Lodz.pl").hasEmail(" anna.nowak@lodz.PL ")).isTrue();
    }

    @Test
    void anAddressThatOnlyUnicodeCaseFoldingMakesEqualIsAnotherPersons() {
        assertThat(withEmail("kasia@example.pl").hasEmail("\u212Aasia@example.pl")).isFalse(); // Kelvin sign
        assertThat(withEmail("iza@example.pl").hasEmail("\u0131za@example.pl")).isFalse(); // dotless i
        assertThat(withEmail("IZA@example.pl").hasEmail("\u0130za@example.pl")).isFalse(); // dotted capital I
        assertThat(Contact.NONE.hasEmail("kasia@example.pl")).isFalse();
        assertThat(withEmail("kasia@example.pl").hasEmail(null)).isFalse();
    }
}
