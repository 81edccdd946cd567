package pl.dobrepraktyki.search.internal;

/** Names of the fields of the practice index, shared by the mapping and the queries. */
public final class PracticeIndexFields {

    public static final String INDEX = "practice";

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String KEYWORDS = "keywords";
    public static final String UNITS = "units";
    public static final String PARTNERS = "partners";
    public static final String TAXONOMY = "taxonomy";
    public static final String ATTACHMENTS = "attachments";
    /** The contact person's name and position, only while they consent to publication (GDPR). */
    public static final String CONTACT = "contact";
    /** Words as written (lower case, with Polish letters) for spelling suggestions; not searched. */
    public static final String SPELL = "spell";
    /** Keywords as written, for suggestions while typing. */
    public static final String KEYWORD_VALUES = "keywordValues";
    public static final String FOLDED = "_folded";

    public static final String SECTION = "section";
    public static final String AREA = "area";
    public static final String TYPE = "type";
    public static final String VOIVODESHIP = "voivodeship";
    public static final String COUNTY = "county";
    public static final String UNIT_KIND = "unitKind";
    public static final String SIZE_CATEGORY = "sizeCategory";
    public static final String SOURCE = "source";
    public static final String YEAR = "year";
    public static final String UNIT = "unit";
    /** What the practice won in the competition (LAUREATE, DISTINCTION, FINALIST). */
    public static final String AWARD = "award";

    public static final String LEAD_UNIT = "leadUnit";
    public static final String LEAD_UNIT_NAME = "leadUnitName";
    public static final String TITLE_SORT = "titleSort";
    public static final String PUBLISHED = "published";

    private PracticeIndexFields() {
    }
}
