package pl.dobrepraktyki.strategy.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import pl.dobrepraktyki.localgov.UnitNotFoundException;
import pl.dobrepraktyki.strategy.StrategyMonitor;
import pl.dobrepraktyki.strategy.StrategyService;

/**
 * A unit's public strategy as JSON, with its goals, their indicators and whether each is on track. A unit
 * without a public strategy, an unknown unit or a malformed code are 404 problems (RFC 9457). It lives in the
 * strategy module (the API module does not depend on strategy) and keeps the API's {@code /api/v1} address.
 */
@RestController
@Tag(name = "strategy", description = "Strategie rozwoju jednostek i postęp w realizacji celów")
class StrategyApiController {

    private final StrategyService strategies;
    private final StrategyMonitor monitor;

    StrategyApiController(StrategyService strategies, StrategyMonitor monitor) {
        this.strategies = strategies;
        this.monitor = monitor;
    }

    record TargetResponse(String indicator, String indicatorName, String unitOfMeasure, String polarity,
            int baselineYear, double baselineValue, int targetYear, double targetValue, Integer latestYear,
            Double latestValue, Double pathValue, String status, boolean onTrack) {
    }

    /** A strategic goal (its status takes in its operational goals' indicators) or an operational goal. */
    record GoalResponse(String title, String status, boolean onTrack, List<TargetResponse> indicators,
            List<GoalResponse> operationalGoals) {
    }

    record StrategyResponse(String teryt, String unitName, String title, int periodFrom, int periodTo,
            double tolerancePercent, List<GoalResponse> goals) {
    }

    @GetMapping(value = "/api/v1/units/{teryt}/strategy", produces = { MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE })
    @Operation(summary = "Publiczna strategia rozwoju jednostki z celami, wskaźnikami i oceną postępu")
    ResponseEntity<?> strategy(@PathVariable String teryt) {
        StrategyMonitor.StrategyProgress progress;
        try {
            progress = monitor.progress(strategies.readable(teryt, StrategyService.Viewer.ANONYMOUS));
        }
        catch (UnitNotFoundException | IllegalArgumentException | pl.dobrepraktyki.strategy.StrategyNotFoundException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "The unit " + teryt + " has no public strategy");
            problem.setTitle("Strategy not found");
            problem.setInstance(URI.create("/api/v1/units/" + teryt.replaceAll("[^0-9]", "") + "/strategy"));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        List<GoalResponse> goals = progress.goals().stream().map(StrategyApiController::goal).toList();
        return ResponseEntity.ok(new StrategyResponse(progress.strategy().teryt(), progress.unit().name(),
                progress.strategy().title(), progress.strategy().periodFrom(), progress.strategy().periodTo(),
                progress.tolerancePercent(), goals));
    }

    private static GoalResponse goal(StrategyMonitor.GoalProgress g) {
        return new GoalResponse(g.goal().title(), g.status().name(), g.status() == StrategyMonitor.Status.ON_TRACK,
                g.targets().stream().map(t -> new TargetResponse(t.indicator().code(), t.indicator().namePl(),
                        t.indicator().unitOfMeasure(), t.indicator().polarity().name(), t.target().baselineYear(),
                        t.target().baselineValue(), t.target().targetYear(), t.target().targetValue(),
                        t.latestYear(), t.latestValue(), t.pathAtLatest(), t.status().name(),
                        t.status() == StrategyMonitor.Status.ON_TRACK)).toList(),
                g.operational().stream().map(StrategyApiController::goal).toList());
    }
}
