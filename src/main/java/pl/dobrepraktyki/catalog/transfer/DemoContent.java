package pl.dobrepraktyki.catalog.transfer;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.system.cli.CommandLine;

/**
 * The demonstration practices written by the team ({@code catalog/demo-practices.json}, marked
 * {@code demo}), loaded at first start when the base has no practices, so that a visitor sees how
 * the platform works. Off with {@code bdp.demo-content=false}.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = CommandLine.CLI_PROPERTY, havingValue = "false", matchIfMissing = true)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    static final String FILE = "catalog/demo-practices.json";

    private final PracticeTransferService transfer;
    private final PracticeService practices;

    private final boolean enabled;

    DemoContent(PracticeTransferService transfer, PracticeService practices,
            @Value("${bdp.demo-content:true}") boolean enabled) {
        this.transfer = transfer;
        this.practices = practices;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || practices.count() > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            log.info(transfer.importPractices(in, FILE, log::info).describe() + " (treści demonstracyjne)");
        }
    }
}
