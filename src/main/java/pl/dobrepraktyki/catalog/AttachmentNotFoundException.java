package pl.dobrepraktyki.catalog;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such attachment, or the person may not see its practice (both answer 404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AttachmentNotFoundException extends RuntimeException {

    public AttachmentNotFoundException(long id) {
        super("attachment " + id);
    }
}
