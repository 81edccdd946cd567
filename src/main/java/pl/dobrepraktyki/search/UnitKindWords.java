package pl.dobrepraktyki.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words of a query that name a kind of unit ("jak gminy wiejskie prowadzą…", "smog w gminie
 * wiejskiej"): an official saying which units are like theirs, not words a practice must contain.
 * Every practice's unit name holds its kind ("gmina wiejska Dywity"), so as words they matched every
 * practice of such a unit, whatever it was about; instead the search prefers the practices of units of
 * that kind. Found in any inflected form, with or without Polish letters.
 */
final class UnitKindWords {

    /** A phrase and the register's kind of unit it names. */
    private static final Map<String, String> KINDS = Map.of(
            "gmina wiejska", "RURAL_MUNICIPALITY",
            "gmina miejska", "URBAN_MUNICIPALITY",
            "gmina miejsko-wiejska", "URBAN_RURAL_MUNICIPALITY",
            "miasto na prawach powiatu", "CITY_COUNTY",
            "powiat ziemski", "COUNTY");

    private static final Synonyms PHRASES = new Synonyms(KINDS.keySet().stream().map(List::of).toList());

    private static final Map<String, String> KIND_BY_KEY = Map.copyOf(KINDS.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(e -> Synonyms.key(Synonyms.words(e.getKey())),
                    Map.Entry::getValue)));

    /** The query's other words, and the kinds of unit it names. */
    record Found(List<String> rest, Set<String> kinds) {
    }

    private UnitKindWords() {
    }

    /**
     * The kinds of unit the words name, and the words without them; none found when the query has no
     * other word that is not a stop word ("gminy wiejskie" alone is searched as typed).
     */
    static Found find(List<String> words) {
        List<String> rest = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (Synonyms.Span span : PHRASES.spans(words)) {
            if (span.synonym()) {
                kinds.add(KIND_BY_KEY.get(Synonyms.key(span.terms().get(0))));
            }
            else {
                rest.addAll(span.words());
            }
        }
        if (kinds.isEmpty() || rest.stream().allMatch(StopWords::contains)) {
            return new Found(words, Set.of());
        }
        return new Found(rest, kinds);
    }
}
