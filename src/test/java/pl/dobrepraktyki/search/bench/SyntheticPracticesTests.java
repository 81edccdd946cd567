package pl.dobrepraktyki.search.bench;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.Result;
import pl.dobrepraktyki.localgov.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Synthetic practices are the same for the same seed, complete, in Polish, and spread out. */
class SyntheticPracticesTests {

    private static final List<SyntheticPractices.Unit> UNITS = List.of(
            new SyntheticPractices.Unit("02", "województwo dolnośląskie", UnitKind.VOIVODESHIP),
            new SyntheticPractices.Unit("0201", "powiat bolesławiecki", UnitKind.COUNTY),
            new SyntheticPractices.Unit("0264011", "miasto Wrocław", UnitKind.CITY_COUNTY),
            new SyntheticPractices.Unit("0201011", "gmina miejska Bolesławiec", UnitKind.URBAN_MUNICIPALITY),
            new SyntheticPractices.Unit("0201022", "gmina wiejska Bolesławiec", UnitKind.RURAL_MUNICIPALITY),
            new SyntheticPractices.Unit("0202033", "gmina miejsko-wiejska Bogatynia", UnitKind.URBAN_RURAL_MUNICIPALITY));

    private static final SyntheticPractices.Codes CODES = new SyntheticPractices.Codes(
            List.of("DIALOG_SPOLECZNY", "EFEKTYWNOSC_ENERGETYCZNA", "ROZWOJ_INSTYTUCJONALNY", "USLUGI_SPOLECZNE",
                    "USLUGI_TECHNICZNE", "WSPOLPRACA_JST_NGO", "WSPOLPRACA_MIEDZY_JST"),
            List.of("CYFRYZACJA", "ENERGETYKA", "KULTURA", "PARTYCYPACJA", "POMOC_SPOLECZNA"),
            List.of("IT", "PROCEDURALNA", "SPOLECZNA"), List.of("KONKURS", "REDAKCJA"));

    @Test
    void theSameSeedGivesTheSamePracticesAndAnotherSeedOthers() {
        SyntheticPractices first = new SyntheticPractices(7, UNITS, CODES);
        SyntheticPractices again = new SyntheticPractices(7, UNITS, CODES);
        SyntheticPractices other = new SyntheticPractices(8, UNITS, CODES);

        List<PracticeContent> a = LongStream.rangeClosed(1, 50).mapToObj(first::practice).toList();
        List<PracticeContent> b = LongStream.rangeClosed(1, 50).mapToObj(again::practice).toList();
        List<PracticeContent> c = LongStream.rangeClosed(1, 50).mapToObj(other::practice).toList();

        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
        assertThat(first.externalId(3)).isEqualTo("gen-7-3");
    }

    @Test
    void everyPracticeIsCompleteWithMeasurableResultsAndAboutTwoThousandCharacters() {
        SyntheticPractices generator = new SyntheticPractices(1, UNITS, CODES);
        Set<String> sections = new HashSet<>();
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        for (long n = 1; n <= 300; n++) {
            PracticeContent p = generator.practice(n);
            assertThat(p.title()).isNotBlank().hasSizeLessThan(300);
            assertThat(p.summary()).hasSizeLessThan(1000);
            assertThat(p.results()).hasSizeBetween(1, 3).allMatch(Result::isMeasurable);
            assertThat(p.keywords()).isNotEmpty();
            assertThat(CODES.sections()).contains(p.section());
            assertThat(CODES.areas()).containsAll(p.areas());
            assertThat(CODES.types()).containsAll(p.types());
            int length = (p.summary() + p.problem() + p.goals() + p.solution() + p.lessons() + p.resultsText())
                    .length();
            assertThat(length).isBetween(1_400, 2_800);
            sections.add(p.section());
            UNITS.stream().filter(u -> u.teryt().equals(p.leadUnitTeryt())).forEach(u -> kinds.add(u.kind()));
        }
        assertThat(sections).containsExactlyInAnyOrderElementsOf(CODES.sections());
        assertThat(kinds).containsExactlyInAnyOrder(UnitKind.values());
    }
}
