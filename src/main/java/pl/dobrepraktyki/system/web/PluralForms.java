package pl.dobrepraktyki.system.web;

import org.springframework.stereotype.Component;

/**
 * The Polish plural form of a count, which Java's message formats cannot choose ("1 praktyka",
 * "2 praktyki", "5 praktyk", "22 praktyki", "112 praktyk"). A message with a count has a key per form,
 * {@code <key>.one}, {@code <key>.few} and {@code <key>.many} (the English bundle gives the same text
 * for the last two), and {@code <key>.none} for nothing ("Nie znaleziono praktyk"); a template picks
 * one with {@code #{${@plural.key('search.count', n)}(${n})}}.
 */
@Component("plural")
public class PluralForms {

    /** The key of the message for the count {@code n}. */
    public String key(String key, long n) {
        return key + "." + (n == 0 ? "none" : form(n));
    }

    static String form(long n) {
        long units = Math.abs(n) % 10;
        long tens = Math.abs(n) % 100;
        if (n == 1) {
            return "one";
        }
        return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? "few" : "many";
    }
}
