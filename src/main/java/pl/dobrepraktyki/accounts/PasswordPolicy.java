package pl.dobrepraktyki.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Password rules after OWASP ASVS 5.0 (6.2): at least 12 characters, at most 128, no composition
 * rules, not one of the commonly used passwords shipped in {@code accounts/common-passwords.txt},
 * and not built from the platform's or the person's own words.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final List<String> CONTEXT_WORDS = List.of("dobrepraktyki", "dobrychpraktyk", "samorzad",
            "gmina", "powiat", "wojewodztwo", "urzad");

    private final Set<String> common = new HashSet<>();

    PasswordPolicy() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(common::add);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Message keys of every rule the password breaks; empty when it is acceptable. */
    public List<String> check(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("accounts.password.tooShort");
            return problems;
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            problems.add("accounts.password.tooLong");
        }
        String folded = fold(password);
        if (common.contains(password.toLowerCase(Locale.ROOT)) || common.contains(folded)) {
            problems.add("accounts.password.common");
        }
        String lettersOnly = folded.replaceAll("[^a-z]", "");
        if (CONTEXT_WORDS.stream().anyMatch(w -> lettersOnly.equals(w) || folded.replaceAll("[^a-z0-9]", "")
                .matches(w + "[0-9]*"))) {
            problems.add("accounts.password.contextual");
        }
        if (email != null && email.contains("@")) {
            String local = fold(email.substring(0, email.indexOf('@')));
            if (local.length() >= 4 && folded.contains(local)) {
                problems.add("accounts.password.containsEmail");
            }
        }
        return problems;
    }

    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ł', 'l');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
