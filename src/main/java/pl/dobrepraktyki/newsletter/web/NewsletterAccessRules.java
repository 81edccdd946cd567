package pl.dobrepraktyki.newsletter.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import pl.dobrepraktyki.system.security.AccessRules;

/**
 * Signing up, confirming and leaving the digest are public (the links come by mail); the account page's
 * subscription is for signed-in people, each their own address.
 */
@Configuration(proxyBeanMethods = false)
class NewsletterAccessRules {

    @Bean
    AccessRules newsletterPageAccessRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.GET, "/tygodnik", "/tygodnik/potwierdz", "/tygodnik/wypisz").permitAll();
            rules.requestMatchers(HttpMethod.POST, "/tygodnik", "/tygodnik/potwierdz", "/tygodnik/wypisz").permitAll();
            rules.requestMatchers(HttpMethod.GET, "/konto/tygodnik").authenticated();
            rules.requestMatchers(HttpMethod.POST, "/konto/tygodnik/zapisz", "/konto/tygodnik/wypisz").authenticated();
        };
    }
}
