package pl.dobrepraktyki.competition;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such edition or entry, or the person may not see it (404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CompetitionNotFoundException extends RuntimeException {

    public CompetitionNotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}
