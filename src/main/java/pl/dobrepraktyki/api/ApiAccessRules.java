package pl.dobrepraktyki.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import pl.dobrepraktyki.system.security.AccessRules;

/** Reading the public API and the Atom feeds needs no account. */
@Configuration(proxyBeanMethods = false)
class ApiAccessRules {

    @Bean
    AccessRules unitApiAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/**", "/api/v1/practices",
                "/api/v1/practices/*", "/api/v1/search", "/api/v1/indicators", "/api/v1/meetings",
                "/api/v1/competitions", "/api/v1/competitions/*/results", "/kanaly/praktyki.atom",
                "/kanaly/konkursy.atom", "/kanaly/spotkania.atom", "/kanaly/aktualnosci.atom").permitAll();
    }
}
