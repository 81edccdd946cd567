package pl.dobrepraktyki.strategy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The unit has no strategy, or none the person may read (a private one is not found for them). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StrategyNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String teryt;

    public StrategyNotFoundException(String teryt) {
        super("no readable strategy of unit " + teryt);
        this.teryt = teryt;
    }

    public String getTeryt() {
        return teryt;
    }
}
