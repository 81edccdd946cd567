package pl.dobrepraktyki.news;

/** A draft is seen by editors only; a published article by everyone. Withdrawing makes it a draft again. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
