package pl.dobrepraktyki.news;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such article, or a draft asked for by someone who is not an editor: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(Object id) {
        super("article " + id);
    }
}
