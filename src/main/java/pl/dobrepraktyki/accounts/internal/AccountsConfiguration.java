package pl.dobrepraktyki.accounts.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.system.security.AccessRules;
import pl.dobrepraktyki.system.security.Roles;

@Configuration
class AccountsConfiguration {

    /** bcrypt behind the delegating encoder, so stored hashes name their algorithm ({@code {bcrypt}…}). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Publishes login successes and failures as events (throttling and the audit log listen to them). */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /**
     * Runs inside the security filter chain (Spring Security's filter has order -100), so the
     * logged-in person is known and a disabled account is logged out on its next request.
     */
    @Bean
    FilterRegistrationBean<ActiveAccountFilter> activeAccountFilter(AccountService accounts) {
        FilterRegistrationBean<ActiveAccountFilter> registration = new FilterRegistrationBean<>(
                new ActiveAccountFilter(accounts));
        registration.setOrder(-99);
        return registration;
    }

    @Bean
    AccessRules accountAccessRules() {
        return rules -> {
            rules.requestMatchers("/logowanie").permitAll();
            // the second step of a login: the pages check the password step themselves (SecondFactorLogin)
            rules.requestMatchers(SecondFactorLogin.CODE_PAGE, SecondFactorLogin.ENROLMENT_PAGE).permitAll();
            rules.requestMatchers("/konto/weryfikacja-dwuetapowa").authenticated();
            rules.requestMatchers("/rejestracja", "/rejestracja/potwierdz", "/rejestracja/jednostki", "/haslo/reset",
                    "/haslo/nowe")
                    .permitAll();
            rules.requestMatchers(HttpMethod.GET, "/konto", "/konto/moje-dane.json").authenticated();
            rules.requestMatchers(HttpMethod.POST, "/konto/zgoda/wycofaj").authenticated();
            rules.requestMatchers("/redakcja/rejestracje", "/redakcja/rejestracje/**")
                    .hasAnyRole(Roles.EDITOR, Roles.ADMIN);
            rules.requestMatchers("/admin/uzytkownicy", "/admin/uzytkownicy/**", "/admin/audyt")
                    .hasRole(Roles.ADMIN);
        };
    }
}
