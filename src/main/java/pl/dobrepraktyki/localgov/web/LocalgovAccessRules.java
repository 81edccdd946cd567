package pl.dobrepraktyki.localgov.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import pl.dobrepraktyki.system.security.AccessRules;

/** The unit pages are public. */
@Configuration(proxyBeanMethods = false)
class LocalgovAccessRules {

    @Bean
    AccessRules localgovPageAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/jst", "/jst/**").permitAll();
    }
}
