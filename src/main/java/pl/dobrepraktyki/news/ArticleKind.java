package pl.dobrepraktyki.news;

/** What an article is: a news item, a publication (a report, a guide) or a standing page (about, partners). */
public enum ArticleKind {
    NEWS("aktualnosci"),
    PUBLICATION("publikacje"),
    PAGE("strony");

    private final String code;

    ArticleKind(String code) {
        this.code = code;
    }

    /**
     * The kind's code in addresses and in the search ("aktualnosci", "publikacje", "strony"): the public list is
     * {@code /<code>} and the content-kind facet of the search uses the same codes.
     */
    public String code() {
        return code;
    }

    /** The public address of an article of this kind. */
    public String path(long id, String slug) {
        return this == PAGE ? "/strony/" + slug : "/" + code + "/" + id;
    }
}
