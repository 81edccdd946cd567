package pl.dobrepraktyki.system.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * One security filter chain for pages and API. Features add their URL rules as {@link AccessRules}
 * beans; whatever no rule names is denied, except addresses nothing maps (they get the 404 page).
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /** The newsletter's one-click unsubscribe address (RFC 8058), a POST accepted without a CSRF token. */
    static final String ONE_CLICK_UNSUBSCRIBE = "/tygodnik/wypisz";

    /** The alerts' one-click unsubscribe address (RFC 8058): the other POST accepted without a CSRF token. */
    static final String ALERT_ONE_CLICK_UNSUBSCRIBE = "/obserwowane/wypisz";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApplicationContext context,
            List<AccessRules> featureRules,
            ObjectProvider<AuthenticationFailureHandler> failureHandler,
            ObjectProvider<AuthenticationSuccessHandler> successHandler) throws Exception {
        RequestMatcher api = pathPattern("/api/**");
        http.authorizeHttpRequests(rules -> {
            rules.requestMatchers(HttpMethod.GET, "/", "/deklaracja-dostepnosci", "/css/**", "/js/**", "/img/**",
                    "/webjars/**", "/favicon.ico", "/robots.txt", "/sitemap.xml", "/sitemap/{part}.xml").permitAll();
            rules.requestMatchers("/error").permitAll();
            rules.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll();
            rules.requestMatchers("/actuator/**").hasRole(Roles.ADMIN);
            rules.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
                    "/swagger-ui/**").permitAll();
            featureRules.forEach(rule -> rule.configure(rules));
            rules.requestMatchers(new UnmappedRequestMatcher(context)).permitAll();
            rules.anyRequest().denyAll();
        });
        // RFC 8058 one-click unsubscribe: a mail client POSTs "List-Unsubscribe=One-Click" to the address in the
        // digest's (or an alert's) List-Unsubscribe header, without cookies or a CSRF token. Only those two POSTs
        // are exempt: each can do nothing but remove the subscription or saved search named by the unguessable
        // (signed) token in its own address.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(pathPattern(HttpMethod.POST, ONE_CLICK_UNSUBSCRIBE),
                pathPattern(HttpMethod.POST, ALERT_ONE_CLICK_UNSUBSCRIBE)));
        http.formLogin(form -> {
            form.loginPage("/logowanie").loginProcessingUrl("/logowanie").usernameParameter("email")
                    .passwordParameter("password").defaultSuccessUrl("/", false).permitAll();
            failureHandler.ifAvailable(form::failureHandler);
            // the accounts module asks for a second factor before it signs privileged people in
            successHandler.ifAvailable(form::successHandler);
        });
        http.logout(logout -> logout.logoutUrl("/wyloguj").logoutSuccessUrl("/?wylogowano")
                .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                        ClearSiteDataHeaderWriter.Directive.COOKIES, ClearSiteDataHeaderWriter.Directive.STORAGE))));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/logowanie"),
                        request -> true));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer
                        .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }
}
