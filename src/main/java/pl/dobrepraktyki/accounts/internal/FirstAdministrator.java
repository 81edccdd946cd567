package pl.dobrepraktyki.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.accounts.AccountBootstrap;
import pl.dobrepraktyki.system.cli.CommandLine;
import pl.dobrepraktyki.system.security.LogIdentifiers;

/**
 * Creates the first administrator from {@code BDP_ADMIN_EMAIL} / {@code BDP_ADMIN_PASSWORD} when the
 * platform has none. There is no default password anywhere: without both variables no administrator
 * is created and the log says how to create one.
 */
@Component
@ConditionalOnProperty(name = CommandLine.CLI_PROPERTY, havingValue = "false", matchIfMissing = true)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountBootstrap bootstrap;
    private final String email;
    private final String password;

    FirstAdministrator(AccountBootstrap bootstrap, @Value("${bdp.admin.email:}") String email,
            @Value("${bdp.admin.password:}") String password) {
        this.bootstrap = bootstrap;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (bootstrap.hasAdministrator()) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn("Brak administratora. Ustaw BDP_ADMIN_EMAIL i BDP_ADMIN_PASSWORD i uruchom platformę ponownie, "
                    + "aby utworzyć pierwsze konto administratora.");
            return;
        }
        bootstrap.createAdministrator(email, password);
        log.info("Utworzono pierwsze konto administratora {}", LogIdentifiers.of(email));
    }
}
