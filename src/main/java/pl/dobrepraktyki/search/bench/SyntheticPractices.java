package pl.dobrepraktyki.search.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.Link;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.Result;
import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/**
 * Realistic synthetic practices written in Polish from word pools and templates, for load and
 * search benchmarks. Practice {@code n} of seed {@code s} depends only on {@code (s, n)} and the
 * units and taxonomy codes given, so the same seed always yields the same practices, one at a time
 * (nothing is held in memory).
 */
final class SyntheticPractices {

    /** A unit a practice may belong to. */
    record Unit(String teryt, String name, UnitKind kind) {
    }

    /** The codes of the taxonomies, as the base holds them. */
    record Codes(List<String> sections, List<String> areas, List<String> types, List<String> sources) {
    }

    /** A theme: what a practice is about, with the words its texts are made of. */
    private record Theme(String section, String area, String[] titles, String[] objects, String[] keywords,
            String[] indicators) {
    }

    private static final Theme[] THEMES = {
        new Theme("DIALOG_SPOLECZNY", "PARTYCYPACJA",
                new String[] { "Budżet obywatelski z głosowaniem elektronicznym", "Młodzieżowy budżet obywatelski",
                    "Konsultacje społeczne planu miejscowego", "Panel obywatelski o adaptacji do zmian klimatu" },
                new String[] { "budżetu obywatelskiego", "konsultacji społecznych", "panelu obywatelskiego",
                    "rady seniorów", "młodzieżowej rady gminy" },
                new String[] { "budżet obywatelski", "partycypacja", "konsultacje społeczne", "BO" },
                new String[] { "liczba głosujących", "liczba zgłoszonych projektów", "frekwencja w głosowaniu" }),
        new Theme("EFEKTYWNOSC_ENERGETYCZNA", "ENERGETYKA",
                new String[] { "Modernizacja oświetlenia ulicznego na LED", "Termomodernizacja budynków szkół",
                    "Fotowoltaika na dachach budynków gminnych", "Klaster energii z udziałem mieszkańców" },
                new String[] { "oświetlenia ulicznego", "termomodernizacji", "instalacji fotowoltaicznych",
                    "zarządzania energią", "audytu energetycznego" },
                new String[] { "efektywność energetyczna", "OZE", "oświetlenie LED", "fotowoltaika" },
                new String[] { "zużycie energii elektrycznej", "koszt energii rocznie", "emisja CO2" }),
        new Theme("USLUGI_SPOLECZNE", "POMOC_SPOLECZNA",
                new String[] { "Centrum usług społecznych dla seniorów", "Teleopieka dla osób samotnych",
                    "Asystent rodziny w ośrodku pomocy społecznej", "Mieszkania wspomagane dla osób z niepełnosprawnością" },
                new String[] { "ośrodka pomocy społecznej", "usług opiekuńczych", "teleopieki",
                    "wsparcia rodzin", "mieszkań wspomaganych" },
                new String[] { "pomoc społeczna", "OPS", "seniorzy", "usługi opiekuńcze" },
                new String[] { "liczba osób objętych wsparciem", "czas oczekiwania na usługę", "liczba interwencji" }),
        new Theme("USLUGI_SPOLECZNE", "OSWIATA",
                new String[] { "Szkoła otwarta na społeczność lokalną", "Dowóz uczniów na żądanie",
                    "Nauka programowania w szkołach podstawowych", "Wspólna stołówka dla przedszkoli" },
                new String[] { "szkół podstawowych", "przedszkoli", "dowozu uczniów", "zajęć pozalekcyjnych",
                    "edukacji cyfrowej" },
                new String[] { "oświata", "szkoła", "edukacja", "uczniowie" },
                new String[] { "liczba uczniów na zajęciach", "koszt dowozu ucznia", "wyniki egzaminu ósmoklasisty" }),
        new Theme("USLUGI_TECHNICZNE", "GOSPODARKA_KOMUNALNA",
                new String[] { "Selektywna zbiórka odpadów w zabudowie wielorodzinnej", "Punkt selektywnej zbiórki odpadów komunalnych",
                    "Inteligentne wodomierze w sieci wodociągowej", "Zielono-niebieska infrastruktura osiedla" },
                new String[] { "gospodarki odpadami", "sieci wodociągowej", "kanalizacji deszczowej",
                    "zieleni miejskiej", "utrzymania dróg" },
                new String[] { "odpady komunalne", "PSZOK", "woda", "retencja" },
                new String[] { "poziom recyklingu", "straty wody w sieci", "liczba awarii rocznie" }),
        new Theme("USLUGI_TECHNICZNE", "TRANSPORT",
                new String[] { "Komunikacja publiczna na żądanie", "Bezpłatna komunikacja miejska dla uczniów",
                    "Rower miejski w mniejszym mieście", "Zintegrowany węzeł przesiadkowy" },
                new String[] { "transportu publicznego", "komunikacji miejskiej", "ścieżek rowerowych",
                    "węzła przesiadkowego", "rozkładów jazdy" },
                new String[] { "transport publiczny", "komunikacja", "rower", "mobilność" },
                new String[] { "liczba pasażerów miesięcznie", "punktualność kursów", "udział podróży rowerem" }),
        new Theme("ROZWOJ_INSTYTUCJONALNY", "CYFRYZACJA",
                new String[] { "Elektroniczny obieg dokumentów w urzędzie", "E-usługi dla mieszkańców przez internet",
                    "Cyfrowa platforma zgłoszeń mieszkańców", "Otwarte dane urzędu gminy" },
                new String[] { "elektronicznego obiegu dokumentów", "e-usług", "cyfryzacji urzędu",
                    "systemu zgłoszeń", "otwartych danych" },
                new String[] { "cyfryzacja", "e-urząd", "EZD", "usługi elektroniczne" },
                new String[] { "czas załatwienia sprawy", "odsetek spraw online", "liczba zgłoszeń mieszkańców" }),
        new Theme("ROZWOJ_INSTYTUCJONALNY", "FINANSE",
                new String[] { "Wieloletnia prognoza finansowa jako narzędzie zarządzania", "Budżet zadaniowy gminy",
                    "Kontrola zarządcza oparta na ryzyku", "Centralizacja zamówień publicznych" },
                new String[] { "budżetu zadaniowego", "zamówień publicznych", "kontroli zarządczej",
                    "zarządzania ryzykiem", "planowania finansowego" },
                new String[] { "finanse publiczne", "budżet", "zamówienia publiczne", "kontrola zarządcza" },
                new String[] { "koszt obsługi zamówień", "oszczędności budżetowe", "liczba postępowań" }),
        new Theme("ROZWOJ_INSTYTUCJONALNY", "ZARZADZANIE_STRATEGICZNE",
                new String[] { "Strategia rozwoju gminy przygotowana z mieszkańcami", "System zarządzania jakością w urzędzie",
                    "Monitoring wskaźników strategii rozwoju", "Zarządzanie kadrami i ocena pracowników" },
                new String[] { "strategii rozwoju", "zarządzania jakością", "oceny okresowej pracowników",
                    "monitoringu wskaźników", "planowania strategicznego" },
                new String[] { "strategia", "zarządzanie", "jakość", "ISO" },
                new String[] { "odsetek zrealizowanych celów", "satysfakcja klientów urzędu", "rotacja pracowników" }),
        new Theme("WSPOLPRACA_JST_NGO", "KULTURA",
                new String[] { "Lokalne centrum organizacji pozarządowych", "Regranting dla małych organizacji",
                    "Wspólny kalendarz wydarzeń kulturalnych", "Dom kultury prowadzony z organizacjami" },
                new String[] { "organizacji pozarządowych", "inicjatyw lokalnych", "domu kultury",
                    "programu współpracy", "wolontariatu" },
                new String[] { "NGO", "organizacje pozarządowe", "kultura", "wolontariat" },
                new String[] { "liczba organizacji w programie", "liczba wydarzeń rocznie", "liczba wolontariuszy" }),
        new Theme("WSPOLPRACA_JST_NGO", "SPORT_I_REKREACJA",
                new String[] { "Otwarte boiska prowadzone przez kluby sportowe", "Program aktywności ruchowej seniorów",
                    "Sportowe wakacje w mieście", "Wspólne zarządzanie obiektami sportowymi" },
                new String[] { "obiektów sportowych", "klubów sportowych", "zajęć rekreacyjnych", "aktywności fizycznej" },
                new String[] { "sport", "rekreacja", "aktywność fizyczna", "kluby sportowe" },
                new String[] { "liczba uczestników zajęć", "wykorzystanie obiektów", "koszt godziny zajęć" }),
        new Theme("WSPOLPRACA_MIEDZY_JST", "ROZWOJ_GOSPODARCZY",
                new String[] { "Wspólna strefa aktywności gospodarczej kilku gmin", "Związek gmin do obsługi inwestorów",
                    "Centrum usług wspólnych dla szkół", "Wspólna promocja turystyczna regionu" },
                new String[] { "obsługi inwestorów", "strefy aktywności gospodarczej", "centrum usług wspólnych",
                    "promocji turystycznej", "przedsiębiorczości" },
                new String[] { "współpraca międzygminna", "inwestorzy", "przedsiębiorczość", "turystyka" },
                new String[] { "liczba nowych miejsc pracy", "liczba inwestorów", "liczba turystów" }),
        new Theme("WSPOLPRACA_MIEDZY_JST", "OCHRONA_SRODOWISKA",
                new String[] { "Wspólny program ochrony powietrza", "Międzygminna wymiana starych pieców",
                    "Retencja wody w zlewni rzeki", "Wspólne schronisko dla zwierząt" },
                new String[] { "ochrony powietrza", "wymiany źródeł ciepła", "małej retencji",
                    "niskiej emisji", "ochrony przyrody" },
                new String[] { "ochrona środowiska", "smog", "niska emisja", "klimat" },
                new String[] { "stężenie pyłu PM10", "liczba wymienionych pieców", "pojemność retencyjna" }),
        new Theme("DIALOG_SPOLECZNY", "BEZPIECZENSTWO",
                new String[] { "Mapa zagrożeń bezpieczeństwa z mieszkańcami", "Dzielnicowy w radzie osiedla",
                    "System ostrzegania mieszkańców SMS", "Bezpieczna droga do szkoły" },
                new String[] { "bezpieczeństwa publicznego", "zarządzania kryzysowego", "ostrzegania mieszkańców",
                    "straży miejskiej", "profilaktyki" },
                new String[] { "bezpieczeństwo", "zarządzanie kryzysowe", "straż miejska", "profilaktyka" },
                new String[] { "liczba zdarzeń drogowych", "czas reakcji służb", "liczba odbiorców ostrzeżeń" }),
        new Theme("USLUGI_SPOLECZNE", "OCHRONA_ZDROWIA",
                new String[] { "Program profilaktyki zdrowotnej dla mieszkańców", "Gminny program szczepień",
                    "Opieka wytchnieniowa dla opiekunów", "Zdrowie psychiczne dzieci i młodzieży" },
                new String[] { "profilaktyki zdrowotnej", "opieki zdrowotnej", "zdrowia psychicznego",
                    "programu szczepień", "opieki wytchnieniowej" },
                new String[] { "zdrowie", "profilaktyka", "szczepienia", "zdrowie psychiczne" },
                new String[] { "liczba przebadanych osób", "wyszczepialność", "liczba konsultacji" }),
        new Theme("USLUGI_TECHNICZNE", "GOSPODARKA_MIESZKANIOWA",
                new String[] { "Społeczna agencja najmu", "Rewitalizacja zabytkowych kamienic",
                    "Mieszkania na wynajem dla młodych rodzin", "Remonty lokali komunalnych z udziałem najemców" },
                new String[] { "zasobu mieszkaniowego", "rewitalizacji", "lokali komunalnych",
                    "społecznej agencji najmu", "programu mieszkaniowego" },
                new String[] { "mieszkalnictwo", "rewitalizacja", "lokale komunalne", "najem" },
                new String[] { "liczba wyremontowanych lokali", "czas oczekiwania na mieszkanie", "zaległości czynszowe" }),
    };

    private static final String[] OPENINGS = {
        "Przed wdrożeniem praktyki %s w naszej jednostce opierało się na rozproszonych działaniach, bez wspólnego planu i bez danych.",
        "Mieszkańcy od lat zgłaszali problemy dotyczące %s, a urząd nie miał narzędzi, by szybko na nie odpowiadać.",
        "Analiza potrzeb wykazała, że obszar %s jest jednym z najsłabszych elementów zarządzania w gminie.",
        "Rosnące koszty %s i ograniczone środki budżetowe wymusiły poszukiwanie nowego rozwiązania.",
    };
    private static final String[] PROBLEMS = {
        "Brakowało koordynacji między wydziałami urzędu a jednostkami organizacyjnymi, przez co sprawy trwały zbyt długo.",
        "Informacja o usługach nie docierała do osób starszych i mieszkańców mniejszych miejscowości.",
        "Dotychczasowe procedury były skomplikowane, a pracownicy nie mieli czasu na obsługę nowych zadań.",
        "Wskaźniki z poprzednich lat pokazywały pogorszenie sytuacji, mimo rosnących wydatków.",
        "Radni i mieszkańcy oczekiwali przejrzystości decyzji oraz jasnych kryteriów podziału środków.",
        "Jednostka nie dysponowała aktualnymi danymi, więc planowanie opierało się na szacunkach.",
    };
    private static final String[] SOLUTIONS = {
        "Powołaliśmy zespół zadaniowy z udziałem pracowników urzędu, radnych i przedstawicieli mieszkańców, który przygotował harmonogram wdrożenia.",
        "Opracowaliśmy nową procedurę i regulamin, przyjęte zarządzeniem wójta, a następnie przeszkoliliśmy pracowników.",
        "Wdrożenie przebiegło etapami: najpierw pilotaż w jednym sołectwie, potem rozszerzenie na całą gminę.",
        "Nawiązaliśmy partnerstwo z lokalnymi organizacjami pozarządowymi i sąsiednimi samorządami, dzieląc koszty i doświadczenia.",
        "Kluczowe było pozyskanie dofinansowania ze środków zewnętrznych oraz włączenie zadania do wieloletniej prognozy finansowej.",
        "Przygotowaliśmy kampanię informacyjną: spotkania w świetlicach, ulotki, informacje na stronie internetowej i w mediach społecznościowych.",
        "Ustaliliśmy mierniki sukcesu i co kwartał raportujemy postępy radzie gminy oraz mieszkańcom.",
    };
    private static final String[] LESSONS = {
        "Najważniejszą lekcją jest to, że bez zaangażowania kierownictwa urzędu nawet dobrze zaplanowane działania tracą tempo.",
        "Warto zacząć od pilotażu i dopiero po ocenie efektów rozszerzać rozwiązanie.",
        "Komunikacja z mieszkańcami wymaga więcej czasu, niż zakładaliśmy, ale decyduje o powodzeniu.",
        "Dokumentowanie każdego etapu ułatwiło przekazanie wiedzy nowym pracownikom i innym jednostkom.",
        "Współpraca z sąsiednimi gminami obniżyła koszty i pozwoliła wymieniać się doświadczeniami.",
    };
    private static final String[] GOALS = {
        "Celem było skrócenie czasu obsługi spraw, poprawa jakości usług i lepsze wykorzystanie środków publicznych.",
        "Chcieliśmy zwiększyć udział mieszkańców w decyzjach oraz zbudować zaufanie do samorządu.",
        "Zakładaliśmy obniżenie kosztów o co najmniej jedną piątą w ciągu trzech lat.",
    };
    private static final String[] FIRST_NAMES = { "Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Piotr", "Tomasz",
        "Krzysztof", "Paweł", "Marta", "Joanna", "Marek", "Michał" };
    private static final String[] LAST_NAMES = { "Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski",
        "Zielińska", "Szymański", "Woźniak", "Dąbrowska", "Kozłowski", "Jankowska" };
    private static final String[] POSITIONS = { "kierownik referatu", "naczelnik wydziału", "sekretarz gminy",
        "specjalista ds. rozwoju", "dyrektor ośrodka" };

    private final long seed;
    /** The units grouped by kind, so that every kind gets its share (most units are rural gminas). */
    private final List<List<Unit>> unitsByKind;
    private final Codes codes;

    SyntheticPractices(long seed, List<Unit> units, Codes codes) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("no units to generate practices for");
        }
        this.seed = seed;
        this.unitsByKind = java.util.Arrays.stream(UnitKind.values())
                .map(kind -> units.stream().filter(u -> u.kind() == kind).toList())
                .filter(list -> !list.isEmpty()).toList();
        this.codes = codes;
    }

    /** The id practice {@code n} is saved under, so that generating again updates nothing. */
    String externalId(long n) {
        return PracticeGenerator.externalId(seed, n);
    }

    /** Practice {@code n} (from 1) of this seed. */
    PracticeContent practice(long n) {
        Random random = new Random(seed * 1_000_003L + n * 7_919L);
        Theme theme = THEMES[random.nextInt(THEMES.length)];
        List<Unit> ofKind = unitsByKind.get(random.nextInt(unitsByKind.size()));
        Unit unit = ofKind.get(random.nextInt(ofKind.size()));
        String object = pick(random, theme.objects());
        String title = pick(random, theme.titles()) + " — " + unit.name();
        int year = 2012 + random.nextInt(14);

        String summary = "%s w jednostce %s. Praktyka dotyczy %s i pokazuje, jak w %d roku rozpoczęto zmiany, "
                .formatted(pick(random, theme.titles()), unit.name(), object, year)
                + "które przyniosły mierzalne efekty dla mieszkańców.";
        String problem = OPENINGS[random.nextInt(OPENINGS.length)].formatted(object) + " "
                + sentences(random, PROBLEMS, 3);
        String solution = sentences(random, SOLUTIONS, 4) + " Zakres obejmował działania w obszarze "
                + pick(random, theme.objects()) + " oraz " + pick(random, theme.objects()) + ".";
        String lessons = sentences(random, LESSONS, 2) + " Rozwiązanie dotyczące " + object
                + " można przenieść do innych jednostek o podobnej wielkości.";

        List<Result> results = new ArrayList<>();
        int resultCount = 1 + random.nextInt(3);
        for (int i = 0; i < resultCount; i++) {
            int before = 20 + random.nextInt(480);
            int after = random.nextBoolean() ? before + 1 + random.nextInt(before) : Math.max(1, before / 2);
            results.add(new Result(theme.indicators()[i % theme.indicators().length], Integer.toString(before),
                    Integer.toString(after), LocalDate.of(Math.min(year + 2, 2025), 12, 31)));
        }
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        Contact contact = new Contact(first + " " + last, pick(random, POSITIONS),
                "kontakt" + n + "@przyklad.gov.pl", null, random.nextBoolean(), LocalDate.of(2025, 6, 30));

        String section = codes.sections().contains(theme.section()) ? theme.section()
                : pick(random, codes.sections());
        Set<String> areas = new LinkedHashSet<>();
        areas.add(codes.areas().contains(theme.area()) ? theme.area() : pick(random, codes.areas()));
        if (random.nextInt(3) == 0) {
            areas.add(pick(random, codes.areas()));
        }
        Set<String> types = new LinkedHashSet<>();
        types.add(pick(random, codes.types()));
        if (random.nextBoolean()) {
            types.add(pick(random, codes.types()));
        }
        Set<String> keywords = new LinkedHashSet<>();
        keywords.add(pick(random, theme.keywords()));
        keywords.add(pick(random, theme.keywords()));

        return new PracticeContent(title, summary, unit.teryt(), List.of(), List.of(), section,
                List.copyOf(areas), List.copyOf(types), List.copyOf(keywords), year, LocalDate.of(year, 1 + random.nextInt(12), 1),
                null, true, problem, pick(random, GOALS), solution,
                BigDecimal.valueOf(10_000L * (1 + random.nextInt(500))), "środki własne i dofinansowanie zewnętrzne",
                (1 + random.nextInt(8)) + " osób z urzędu i jednostek", (3 + random.nextInt(22)) + " miesięcy",
                results, "Po wdrożeniu praktyki wskaźniki poprawiły się, a mieszkańcy ocenili zmiany dotyczące "
                        + object + " lepiej niż przed jej rozpoczęciem.", lessons,
                "Potrzebne jest poparcie kierownictwa i jedna osoba odpowiedzialna za koordynację.",
                List.of(unit.kind()), List.of(SizeCategory.values()[random.nextInt(SizeCategory.values().length)]),
                contact, List.<Link>of(), pick(random, codes.sources()), null);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code count} different sentences of the pool, in a random order. */
    private static String sentences(Random random, String[] pool, int count) {
        List<String> left = new ArrayList<>(List.of(pool));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(left.remove(random.nextInt(left.size())));
        }
        return text.toString();
    }
}
