package pl.dobrepraktyki.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import pl.dobrepraktyki.catalog.PracticeNotFoundException;
import pl.dobrepraktyki.competition.CompetitionNotFoundException;
import pl.dobrepraktyki.localgov.UnitNotFoundException;
import pl.dobrepraktyki.statistics.IndicatorNotFoundException;

/**
 * Errors of the API as RFC 9457 problem details ({@code application/problem+json}): Spring MVC's own
 * exceptions (bad parameter types, missing parameters, {@code ResponseStatusException}) through
 * {@link ResponseEntityExceptionHandler}, an unknown unit, practice (or one that is not public) or
 * indicator as 404.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(UnitNotFoundException.class)
    ProblemDetail unitNotFound(UnitNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No local government unit has the TERYT code " + e.getTeryt());
        problem.setTitle("Unit not found");
        problem.setProperty("teryt", e.getTeryt());
        return problem;
    }

    @ExceptionHandler(PracticeNotFoundException.class)
    ProblemDetail practiceNotFound(PracticeNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No public practice has the id " + e.getId());
        problem.setTitle("Practice not found");
        problem.setProperty("id", e.getId());
        return problem;
    }

    @ExceptionHandler(IndicatorNotFoundException.class)
    ProblemDetail indicatorNotFound(IndicatorNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Indicator not found");
        return problem;
    }

    @ExceptionHandler(CompetitionNotFoundException.class)
    ProblemDetail competitionNotFound(CompetitionNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Competition edition not found");
        return problem;
    }
}
