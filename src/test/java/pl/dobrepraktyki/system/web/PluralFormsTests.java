package pl.dobrepraktyki.system.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PluralFormsTests {

    @Test
    void choosesThePolishFormOfACount() {
        assertThat(PluralForms.form(1)).isEqualTo("one");
        assertThat(PluralForms.form(0)).isEqualTo("many");
        assertThat(PluralForms.form(2)).isEqualTo("few");
        assertThat(PluralForms.form(4)).isEqualTo("few");
        assertThat(PluralForms.form(5)).isEqualTo("many");
        assertThat(PluralForms.form(12)).isEqualTo("many");
        assertThat(PluralForms.form(14)).isEqualTo("many");
        assertThat(PluralForms.form(21)).isEqualTo("many");
        assertThat(PluralForms.form(22)).isEqualTo("few");
        assertThat(PluralForms.form(34)).isEqualTo("few");
        assertThat(PluralForms.form(112)).isEqualTo("many");
        assertThat(PluralForms.form(1002)).isEqualTo("few");
        assertThat(new PluralForms().key("search.count", 3)).isEqualTo("search.count.few");
    }
}
