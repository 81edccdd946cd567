package pl.dobrepraktyki.strategy.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import pl.dobrepraktyki.system.security.AccessRules;
import pl.dobrepraktyki.system.security.Roles;

/**
 * Reading a strategy is open (the service hides a private one from whoever may not read it: 404); only
 * officials edit, and the service lets only the unit's own officials. Ordered first so that the unit pages'
 * open {@code /jst/**} rule does not cover the edit page.
 */
@Configuration(proxyBeanMethods = false)
class StrategyAccessRules {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    AccessRules strategyPageAccessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/jst/{teryt}/strategia", "/jst/{teryt}/strategia.csv",
                        "/api/v1/units/{teryt}/strategy").permitAll()
                .requestMatchers("/jst/{teryt}/strategia/edycja", "/jst/{teryt}/strategia/*",
                        "/jst/{teryt}/strategia/*/*/usun").hasRole(Roles.OFFICIAL);
    }
}
