package pl.dobrepraktyki.editorial.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;

import pl.dobrepraktyki.system.security.AccessRules;
import pl.dobrepraktyki.system.security.Roles;

/** The editorial pages are for editors and administrators; the re-verification job is scheduled. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EditorialConfiguration {

    @Bean
    AccessRules editorialAccessRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.POST, "/redakcja/weryfikacja-okresowa").hasRole(Roles.ADMIN);
            rules.requestMatchers(HttpMethod.GET, "/redakcja", "/redakcja/praktyki/*",
                    "/redakcja/praktyki/*/wersje").hasAnyRole(Roles.EDITOR, Roles.ADMIN);
            rules.requestMatchers(HttpMethod.POST, "/redakcja/praktyki/*/zmiany", "/redakcja/praktyki/*/publikuj",
                    "/redakcja/praktyki/*/odrzuc", "/redakcja/praktyki/*/weryfikuj",
                    "/redakcja/praktyki/*/archiwizuj").hasAnyRole(Roles.EDITOR, Roles.ADMIN);
        };
    }
}
