package pl.dobrepraktyki.statistics;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No indicator of the catalogue has the code. Pages render 404, the API a 404 problem. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class IndicatorNotFoundException extends RuntimeException {

    public IndicatorNotFoundException(String code) {
        super("No indicator with code " + code);
    }
}
