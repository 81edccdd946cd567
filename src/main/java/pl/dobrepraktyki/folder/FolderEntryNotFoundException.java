package pl.dobrepraktyki.folder;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such entry in this person's folder (another person's entry answers the same: 404). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FolderEntryNotFoundException extends RuntimeException {

    public FolderEntryNotFoundException(long id) {
        super("folder entry " + id);
    }
}
