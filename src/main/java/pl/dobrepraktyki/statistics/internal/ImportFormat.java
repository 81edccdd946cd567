package pl.dobrepraktyki.statistics.internal;

/** The formats {@code import-stats} recognises by the header line. */
public enum ImportFormat {
    /** {@code teryt;indicator;year;value}: the documented long format. */
    LONG("format długi teryt;indicator;year;value"),
    /** {@code kod_bdl;gmina6;rodz;poziom;nazwa_bdl;rok;zmienna;wartosc;jednostka;...}: GUS BDL values in long form. */
    BDL_LONG("GUS BDL w układzie długim"),
    /** {@code Kod;Nazwa;<variable>,<year>,[<unit>];...}: a GUS BDL table export (CTAB). */
    BDL_TABLE("tabela GUS BDL (CTAB)"),
    /** {@code indicator;name_pl;name_en;unit;area;source;polarity;decimals;formula;description}: indicator definitions. */
    INDICATORS("katalog wskaźników");

    private final String description;

    ImportFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
