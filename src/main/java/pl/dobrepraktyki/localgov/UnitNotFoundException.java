package pl.dobrepraktyki.localgov;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No unit of the register has the code. Pages render 404, the API a 404 problem. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnitNotFoundException extends RuntimeException {

    private final String teryt;

    public UnitNotFoundException(String teryt) {
        super("No local government unit with TERYT code " + teryt);
        this.teryt = teryt;
    }

    public String getTeryt() {
        return teryt;
    }
}
