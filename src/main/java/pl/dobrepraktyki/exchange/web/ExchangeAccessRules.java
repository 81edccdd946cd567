package pl.dobrepraktyki.exchange.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import pl.dobrepraktyki.system.security.AccessRules;
import pl.dobrepraktyki.system.security.Roles;

/**
 * Groups and meetings: reading pages, calendars, materials and reports is public (member people
 * only for logged-in people who may see them); moderators and administrators plan and manage
 * (the services allow it only to the group's moderators and the organiser); officials register;
 * a logged-in member gives or withdraws consent. The services check every data-level rule again.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeAccessRules {

    @Bean
    AccessRules exchangePageAccessRules() {
        return rules -> rules
                .requestMatchers("/grupy/nowa", "/grupy/{id}/edycja", "/grupy/{id}/moderatorzy", "/grupy/{id}/jednostki",
                        "/grupy/{id}/jednostki/{teryt}/usun", "/grupy/{id}/czlonkowie",
                        "/grupy/{id}/czlonkowie/{mid}/usun", "/spotkania/nowe", "/spotkania/{id}/edycja",
                        "/spotkania/{id}/obecnosc", "/spotkania/{id}/materialy", "/spotkania/{id}/materialy/{mid}/usun",
                        "/spotkania/{id}/praktyki", "/spotkania/{id}/praktyki/{pid}/usun")
                .hasAnyRole(Roles.MODERATOR, Roles.ADMIN)
                .requestMatchers(HttpMethod.POST, "/spotkania/{id}/zapis", "/spotkania/{id}/rezygnacja")
                .hasRole(Roles.OFFICIAL)
                .requestMatchers(HttpMethod.POST, "/grupy/{id}/zgoda").authenticated()
                .requestMatchers(HttpMethod.GET, "/grupy", "/grupy/{id}", "/grupy/{id}/raport", "/grupy/{id}/raport.csv",
                        "/programy/{code}/raport", "/programy/{code}/raport.csv", "/spotkania", "/spotkania.ics",
                        "/spotkania/{id}", "/spotkania/{id}/kalendarz.ics", "/spotkania/materialy/{mid}")
                .permitAll();
    }
}
