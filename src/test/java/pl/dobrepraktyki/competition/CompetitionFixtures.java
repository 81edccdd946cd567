package pl.dobrepraktyki.competition;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.Result;

/** Test data builders of the competition: an edition open now and a complete entry. */
public final class CompetitionFixtures {

    /** Units of the register used by the competition tests, one per category. */
    public static final String RURAL_ZGIERZ = "1020092";
    public static final String RURAL_OZORKOW = "1020062";
    public static final String SMALL_TOWN_STRYKOW = "1020083";
    public static final String CITY_LODZ = "1061011";
    public static final String COUNTY_ZGIERSKI = "1020";

    private CompetitionFixtures() {
    }

    /** An edition whose call opened a day ago and closes in a day (Polish time), default rules, one question. */
    public static EditionSpec openEdition(String name, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(EditionSpec.ZONE));
        return new EditionSpec(name, now.getYear(), "Usługi społeczne", "USLUGI_SPOLECZNE",
                List.of("KULTURA", "POMOC_SPOLECZNA", "OCHRONA_ZDROWIA", "OSWIATA", "SPORT_I_REKREACJA"), null, null,
                now.minusDays(1), now.plusDays(1), List.of(new Criterion("Innowacyjność", 2), new Criterion("Skuteczność", 1),
                        new Criterion("Efektywność", 1), new Criterion("Trwałość", 1), new Criterion("Replikowalność", 1)),
                5, 6, 3, 1, 1, 2, "ZMP, ZPP, ZGW RP", null, List.of("Jak ocenili to mieszkańcy?"));
    }

    /** A complete entry that started two years ago. */
    public static EntryDraft entry(String title) {
        return new EntryDraft(new PracticeContent(title, "Krótko o rozwiązaniu.", null, List.of(), List.of(), null,
                List.of("POMOC_SPOLECZNA"), List.of("ORGANIZACYJNA"), List.of(), null,
                LocalDate.now().minusYears(2), null, true, "Problem przed wdrożeniem.", "Cele zmiany.",
                "Rozwiązanie krok po kroku.", new BigDecimal("50000"), "Budżet gminy.", "Dwie osoby.", null,
                List.of(new Result("Osoby objęte usługą", "10", "120", LocalDate.now().minusMonths(2))), null,
                "Wnioski i trudności.", "Warunki przeniesienia.", List.of(), List.of(),
                new Contact("Anna Nowak", "Kierowniczka", "anna.nowak@example.pl", null, true, null), List.of(), null,
                null), List.of("Bardzo dobrze."));
    }
}
