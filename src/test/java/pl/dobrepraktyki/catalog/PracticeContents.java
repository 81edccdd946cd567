package pl.dobrepraktyki.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/** Test data builder: a practice content that is complete unless a test changes it. */
public final class PracticeContents {

    public static final String LODZ = "1061011";

    private String title = "Jedno okienko dla przedsiębiorców";
    private String leadUnit = LODZ;
    private String summary = "Wszystkie sprawy przedsiębiorcy w jednym miejscu urzędu.";
    private String problem = "Przedsiębiorcy odwiedzali pięć wydziałów, by założyć firmę.";
    private String goals = "Skrócić czas załatwienia spraw.";
    private String solution = "Punkt obsługi z jednym opiekunem sprawy.";
    private String lessons = "Nie udało się od razu połączyć systemów; **zrobilibyśmy** to wcześniej.";
    private String transfer = "Wymaga zgody naczelnika i szkolenia pracowników.";
    private List<Result> results = new ArrayList<>(List.of(new Result("Czas obsługi sprawy", "21 dni", "7 dni",
            LocalDate.of(2024, 6, 30))));
    private Contact contact = new Contact("Anna Nowak", "Naczelniczka", "anna.nowak@example.pl", "42 638 40 00",
            false, null);
    private List<Link> links = List.of();
    private String source = "ZGLOSZENIE_WLASNE";

    public static PracticeContents complete() {
        return new PracticeContents();
    }

    public PracticeContents title(String title) {
        this.title = title;
        return this;
    }

    public PracticeContents leadUnit(String teryt) {
        this.leadUnit = teryt;
        return this;
    }

    public PracticeContents problem(String problem) {
        this.problem = problem;
        return this;
    }

    public PracticeContents solution(String solution) {
        this.solution = solution;
        return this;
    }

    public PracticeContents lessons(String lessons) {
        this.lessons = lessons;
        return this;
    }

    public PracticeContents results(Result... results) {
        this.results = List.of(results);
        return this;
    }

    public PracticeContents contact(Contact contact) {
        this.contact = contact;
        return this;
    }

    public PracticeContents links(Link... links) {
        this.links = List.of(links);
        return this;
    }

    public PracticeContents noSource() {
        this.source = null;
        return this;
    }

    public PracticeContent build() {
        return new PracticeContent(title, summary, leadUnit, List.of(), List.of("Fundacja Przykładowa"),
                "ROZWOJ_INSTYTUCJONALNY", List.of("ROZWOJ_GOSPODARCZY"), List.of("ORGANIZACYJNA"),
                List.of("przedsiębiorcy", "obsługa"), 2022, LocalDate.of(2022, 3, 1), null, true, problem, goals,
                solution, new BigDecimal("120000.00"), "budżet miasta", "3 osoby", "6 miesięcy", results,
                "Zadowolenie klientów wzrosło.", lessons, transfer, List.of(UnitKind.CITY_COUNTY),
                List.of(SizeCategory.LARGE_CITIES), contact, links, source, "POKL_5_2");
    }
}
