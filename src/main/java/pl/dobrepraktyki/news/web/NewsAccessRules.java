package pl.dobrepraktyki.news.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import pl.dobrepraktyki.system.security.AccessRules;
import pl.dobrepraktyki.system.security.Roles;

/**
 * News, publications and pages are read by everyone (a draft is 404 for whoever is not an editor); the
 * editors' desk {@code /redakcja/tresci} is for editors and administrators.
 */
@Configuration(proxyBeanMethods = false)
class NewsAccessRules {

    @Bean
    AccessRules newsPageAccessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/aktualnosci", "/aktualnosci/{id}", "/publikacje", "/publikacje/{id}",
                        "/strony/{slug}", "/publikacje/pliki/{fileId}").permitAll()
                .requestMatchers("/redakcja/tresci", "/redakcja/tresci/nowa", "/redakcja/tresci/{id}",
                        "/redakcja/tresci/{id}/publikuj", "/redakcja/tresci/{id}/wycofaj", "/redakcja/tresci/{id}/wersje",
                        "/redakcja/tresci/{id}/wersje/{number}", "/redakcja/tresci/{id}/pliki",
                        "/redakcja/tresci/{id}/pliki/{fileId}/usun")
                .hasAnyRole(Roles.EDITOR, Roles.ADMIN);
    }
}
