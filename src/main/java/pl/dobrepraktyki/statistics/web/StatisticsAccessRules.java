package pl.dobrepraktyki.statistics.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import pl.dobrepraktyki.system.security.AccessRules;
import pl.dobrepraktyki.system.security.Roles;

/** Statistics are public to read; a signed-in user keeps their own saved groups; only administrators import. */
@Configuration(proxyBeanMethods = false)
class StatisticsAccessRules {

    @Bean
    AccessRules statisticsPageAccessRules() {
        return rules -> rules
                .requestMatchers("/statystyki/moje-grupy", "/statystyki/moje-grupy/*/usun",
                        "/statystyki/moje-grupy/*/nazwa").authenticated()
                .requestMatchers(HttpMethod.GET, "/statystyki", "/statystyki/**").permitAll()
                .requestMatchers("/admin/statystyki/import", "/admin/statystyki/import/*").hasRole(Roles.ADMIN);
    }
}
