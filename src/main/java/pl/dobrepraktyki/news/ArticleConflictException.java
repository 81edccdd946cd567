package pl.dobrepraktyki.news;

/** The article was saved by someone else since the editor opened the form: nothing was changed. */
public class ArticleConflictException extends RuntimeException {

    private final transient ArticleView current;

    public ArticleConflictException(ArticleView current) {
        super("article " + current.id() + " changed");
        this.current = current;
    }

    /** The article as saved now. */
    public ArticleView current() {
        return current;
    }
}
