package pl.dobrepraktyki.search;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such synonym group (deleted meanwhile, or never there). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SynonymGroupNotFoundException extends RuntimeException {

    public SynonymGroupNotFoundException(long id) {
        super("synonym group " + id);
    }
}
