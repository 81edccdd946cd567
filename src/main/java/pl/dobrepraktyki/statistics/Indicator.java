package pl.dobrepraktyki.statistics;

import java.util.Locale;

/**
 * An indicator of the catalogue.
 *
 * @param code stable code, e.g. {@code LUDNOSC}
 * @param unitOfMeasure e.g. {@code osoby}, {@code %}, {@code zł na mieszkańca}
 * @param areaCode the catalog area ({@code AREA} taxonomy code) whose practices it relates to, or {@code null}
 * @param source e.g. {@code GUS BDL}, {@code MF}, {@code ankieta}
 * @param decimals how many decimals pages show
 * @param formula for a derived indicator, {@code A / B} or {@code A / B * factor} over other codes; else {@code null}
 */
public record Indicator(String code, String namePl, String nameEn, String unitOfMeasure, String areaCode,
        String source, Polarity polarity, int decimals, String description, String formula, int sortOrder) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : namePl;
    }

    public boolean derived() {
        return formula != null && !formula.isBlank();
    }
}
