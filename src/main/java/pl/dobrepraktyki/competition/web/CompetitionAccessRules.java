package pl.dobrepraktyki.competition.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import pl.dobrepraktyki.system.security.AccessRules;
import pl.dobrepraktyki.system.security.Roles;

/**
 * Competition pages: the calls, results and archive are public; officials apply for their unit;
 * editors and administrators act as the competition's secretary, administrators alone create
 * editions; jury members score. The service checks every data-level rule again (own unit, jury
 * categories, conflicts of interest).
 */
@Configuration(proxyBeanMethods = false)
class CompetitionAccessRules {

    @Bean
    AccessRules competitionPageAccessRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/konkursy/moje-zgloszenia").hasRole(Roles.OFFICIAL)
                .requestMatchers("/konkursy/{id}/zgloszenie", "/konkursy/zgloszenia/{eid}",
                        "/konkursy/zgloszenia/{eid}/wyslij", "/konkursy/zgloszenia/{eid}/zalaczniki",
                        "/konkursy/zgloszenia/{eid}/zalaczniki/{aid}/usun").hasRole(Roles.OFFICIAL)
                .requestMatchers(HttpMethod.GET, "/konkursy/zalaczniki/{aid}")
                .hasAnyRole(Roles.OFFICIAL, Roles.EDITOR, Roles.ADMIN, Roles.JURY_MEMBER)
                .requestMatchers(HttpMethod.GET, "/konkursy", "/konkursy/{id}", "/konkursy/logotypy/{lid}").permitAll()
                .requestMatchers("/admin/konkursy/nowa", "/admin/konkursy/{id}/logotypy",
                        "/admin/konkursy/{id}/logotypy/{lid}/usun").hasRole(Roles.ADMIN)
                .requestMatchers("/admin/konkursy", "/admin/konkursy/**").hasAnyRole(Roles.EDITOR, Roles.ADMIN)
                .requestMatchers("/jury", "/jury/**").hasRole(Roles.JURY_MEMBER);
    }
}
