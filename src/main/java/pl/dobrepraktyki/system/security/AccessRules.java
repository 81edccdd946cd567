package pl.dobrepraktyki.system.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A feature's explicit HTTP access rules. Every feature that maps URLs contributes one bean; the
 * security configuration applies them all and denies everything that no rule names.
 * The authorization matrix test proves each rule for anonymous visitors and every role.
 */
@FunctionalInterface
public interface AccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);
}
