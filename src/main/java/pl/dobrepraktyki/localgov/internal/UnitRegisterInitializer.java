package pl.dobrepraktyki.localgov.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled register at the first start, when the table of units is empty. Skipped while a
 * command runs ({@code bdp.cli=true}; {@code import-units} loads it) and when
 * {@code bdp.localgov.import-on-start=false}.
 */
@Component
@org.springframework.core.annotation.Order(0)
class UnitRegisterInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UnitRegisterInitializer.class);

    private final LocalGovernmentRepository units;
    private final UnitImportService importer;
    private final Environment environment;

    UnitRegisterInitializer(LocalGovernmentRepository units, UnitImportService importer, Environment environment) {
        this.units = units;
        this.importer = importer;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Also before a one-shot command: every command can rely on the register being there.
        if (!environment.getProperty("bdp.localgov.import-on-start", Boolean.class, true)) {
            return;
        }
        if (units.count() > 0) {
            return;
        }
        log.info("Rejestr JST jest pusty: wczytuję dołączone pliki TERYT i ludności");
        UnitImportService.Result result = importer.importBundled(progress -> log.debug(progress.describe()));
        log.info(result.describe());
    }
}
