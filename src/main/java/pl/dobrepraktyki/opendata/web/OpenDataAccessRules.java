package pl.dobrepraktyki.opendata.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import pl.dobrepraktyki.system.security.AccessRules;

/** Open data is public: everyone reads the page and downloads the files. */
@Configuration(proxyBeanMethods = false)
class OpenDataAccessRules {

    @Bean
    AccessRules openDataPageAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/dane", "/dane/praktyki.csv", "/dane/praktyki.json",
                "/dane/praktyki.jsonld", "/dane/jst.csv", "/dane/wskazniki.csv").permitAll();
    }
}
