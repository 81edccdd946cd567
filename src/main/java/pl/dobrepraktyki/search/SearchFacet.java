package pl.dobrepraktyki.search;

import java.util.Arrays;
import java.util.Optional;

import pl.dobrepraktyki.search.internal.PracticeIndexFields;

/**
 * The facets of practice search. {@code param} is the name of the filter in the page's URL (Polish)
 * and {@code apiParam} in the API.
 */
public enum SearchFacet {
    SECTION(PracticeIndexFields.SECTION, "dzial", "section"),
    AREA(PracticeIndexFields.AREA, "dziedzina", "area"),
    TYPE(PracticeIndexFields.TYPE, "typ", "type"),
    VOIVODESHIP(PracticeIndexFields.VOIVODESHIP, "wojewodztwo", "voivodeship"),
    COUNTY(PracticeIndexFields.COUNTY, "powiat", "county"),
    UNIT_KIND(PracticeIndexFields.UNIT_KIND, "rodzaj", "unitKind"),
    SIZE_CATEGORY(PracticeIndexFields.SIZE_CATEGORY, "wielkosc", "sizeCategory"),
    SOURCE(PracticeIndexFields.SOURCE, "zrodlo", "source"),
    AWARD(PracticeIndexFields.AWARD, "nagroda", "award"),
    YEAR(PracticeIndexFields.YEAR, "rok", "year");

    private final String field;
    private final String param;
    private final String apiParam;

    SearchFacet(String field, String param, String apiParam) {
        this.field = field;
        this.param = param;
        this.apiParam = apiParam;
    }

    public String field() {
        return field;
    }

    public String param() {
        return param;
    }

    public String apiParam() {
        return apiParam;
    }

    public static Optional<SearchFacet> byParam(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }
}
