package pl.dobrepraktyki.statistics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled GUS BDL population series at the first start, when no value of {@code LUDNOSC}
 * is stored, after the unit register (order 0) is there. Off with
 * {@code bdp.statistics.import-on-start=false}.
 */
@Component
@Order(5)
class StatisticsInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StatisticsInitializer.class);

    private final StatsImporter importer;
    private final JdbcClient jdbc;
    private final Environment environment;

    StatisticsInitializer(StatsImporter importer, JdbcClient jdbc, Environment environment) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!environment.getProperty("bdp.statistics.import-on-start", Boolean.class, true)) {
            return;
        }
        Long populationValues = jdbc.sql("select count(*) from stat_value where indicator_code = 'LUDNOSC'")
                .query(Long.class).single();
        if (populationValues > 0) {
            return;
        }
        log.info("Brak danych statystycznych: wczytuję dołączony szereg ludności GUS BDL");
        try (InputStream in = new ClassPathResource(StatsImporter.BUNDLED).getInputStream()) {
            log.info(importer.importFile(in, "bdl_ludnosc_long.csv", -1, StatsImporter.Options.none(),
                    log::debug).describe());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
