package pl.dobrepraktyki.catalog.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import pl.dobrepraktyki.system.security.AccessRules;
import pl.dobrepraktyki.system.security.Roles;

/**
 * Practice pages: reading is public (the service hides what a person may not read); officials
 * write their unit's practices and record adoptions; editors may edit any practice; administrators
 * keep the taxonomies. The service checks every data-level rule again.
 */
@Configuration(proxyBeanMethods = false)
class CatalogAccessRules {

    @Bean
    AccessRules catalogPageAccessRules() {
        return rules -> rules
                .requestMatchers("/praktyki/nowa").hasRole(Roles.OFFICIAL)
                .requestMatchers(HttpMethod.POST, "/praktyki/{id}/przejecia").hasRole(Roles.OFFICIAL)
                .requestMatchers("/praktyki/{id}/edycja", "/praktyki/{id}/wyslij", "/praktyki/{id}/zalaczniki",
                        "/praktyki/{id}/zalaczniki/{aid}/usun")
                .hasAnyRole(Roles.OFFICIAL, Roles.EDITOR, Roles.ADMIN)
                .requestMatchers(HttpMethod.GET, "/praktyki", "/praktyki/{id}", "/praktyki/{id}.pdf", "/zalaczniki/{aid}")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/moje-praktyki").hasRole(Roles.OFFICIAL)
                .requestMatchers("/admin/taksonomie", "/admin/taksonomie/**").hasRole(Roles.ADMIN);
    }
}
