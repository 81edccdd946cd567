package pl.dobrepraktyki.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such practice, or the person may not see it (both answer 404, so drafts do not leak). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PracticeNotFoundException extends RuntimeException {

    private final long id;

    public PracticeNotFoundException(long id) {
        super("practice " + id);
        this.id = id;
    }

    public long getId() {
        return id;
    }
}
