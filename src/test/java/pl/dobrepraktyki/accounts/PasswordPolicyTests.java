package pl.dobrepraktyki.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortCommonAndContextualPasswords() {
        assertThat(policy.check("krótkie11", "a@b.pl")).containsExactly("accounts.password.tooShort");
        assertThat(policy.check("zaq12wsx3edc", "a@b.pl")).contains("accounts.password.common");
        assertThat(policy.check("QWERTY123456", "a@b.pl")).contains("accounts.password.common");
        assertThat(policy.check("Samorząd2026", "a@b.pl")).contains("accounts.password.contextual");
        assertThat(policy.check("janina.kowalska!!", "janina.kowalska@gmina.pl"))
                .contains("accounts.password.containsEmail");
        assertThat(policy.check("x".repeat(129), "a@b.pl")).contains("accounts.password.tooLong");
    }

    @Test
    void acceptsALongPassphraseWithSpacesAndPolishLetters() {
        assertThat(policy.check("zielony rower nad Wartą", "jan@gmina.pl")).isEmpty();
        assertThat(policy.check("Żółć gęślą jaźń — ".repeat(8).substring(0, 128), "jan@gmina.pl")).isEmpty();
    }
}
