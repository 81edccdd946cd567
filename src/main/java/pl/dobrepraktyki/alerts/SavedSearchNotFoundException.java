package pl.dobrepraktyki.alerts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such saved search of this person (another person's is not found either). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SavedSearchNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SavedSearchNotFoundException(long id) {
        super("Nie ma obserwowanego wyszukiwania " + id);
    }
}
