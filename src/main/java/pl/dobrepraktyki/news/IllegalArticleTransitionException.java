package pl.dobrepraktyki.news;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Publishing what is published or withdrawing a draft. */
@ResponseStatus(HttpStatus.CONFLICT)
public class IllegalArticleTransitionException extends RuntimeException {

    public IllegalArticleTransitionException(Long id, String transition) {
        super("article " + id + ": " + transition + " refused");
    }
}
