package pl.dobrepraktyki.strategy;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.statistics.StatisticsService;
import pl.dobrepraktyki.system.cli.CommandLine;

/**
 * A demonstration strategy of Łódź (marked as such in its title), recorded at first start when the unit has
 * none and the bundled population series is there: one goal on track and one off track, both measured by the
 * population (the only indicator the bundled data has for several years). Without those values it logs and
 * skips. Off with {@code bdp.demo-content=false}.
 */
@Component
@Order(120)
@ConditionalOnProperty(name = CommandLine.CLI_PROPERTY, havingValue = "false", matchIfMissing = true)
class StrategyDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StrategyDemoContent.class);
    static final String UNIT = "1061011";
    static final String INDICATOR = "LUDNOSC";

    private final StrategyService strategies;
    private final StatisticsService statistics;
    private final boolean enabled;

    StrategyDemoContent(StrategyService strategies, StatisticsService statistics,
            @Value("${bdp.demo-content:true}") boolean enabled) {
        this.strategies = strategies;
        this.statistics = statistics;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            load();
        }
    }

    /** Records the demonstration strategy unless Łódź has one or its population series is missing. */
    void load() {
        if (strategies.find(UNIT).isPresent()) {
            return;
        }
        List<StatisticsService.Point> series = statistics.series(UNIT, INDICATOR, 2020, 2020);
        if (series.isEmpty() || statistics.series(UNIT, INDICATOR, 2021, null).isEmpty()) {
            log.info("Brak szeregu ludności Łodzi od 2020 r.: pomijam demonstracyjną strategię");
            return;
        }
        double baseline = series.get(0).value();
        // with the bundled values (672,185 in 2020, 645,690 in 2024): the path to 700,000 asks for about
        // 683,300 in 2024 (off track), the path to a managed decline to 620,000 for about 651,300 (on track)
        strategies.seed(UNIT, new StrategyService.Header("Strategia Rozwoju Miasta Łodzi 2020–2030 (dane demonstracyjne)",
                2020, 2030, true), List.of(
                        new StrategyService.SeedGoal("Łódź przyciąga nowych mieszkańców",
                                List.of(new StrategyService.TargetParams(INDICATOR, 2020, baseline, 2030, 700_000))),
                        new StrategyService.SeedGoal("Spowolnienie spadku liczby ludności zgodnie z prognozą",
                                List.of(new StrategyService.TargetParams(INDICATOR, 2020, baseline, 2030, 620_000)))));
        log.info("Zapisano demonstracyjną strategię Łodzi (treści demonstracyjne)");
    }
}
