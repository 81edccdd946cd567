package pl.dobrepraktyki.system.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-address request limits ({@code bdp.rate-limit.*}): how many requests of each kind one client
 * address may make in a minute (0 or less: no limit for that kind), and a switch for all of them.
 */
@ConfigurationProperties(prefix = "bdp.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("120") int searchPerMinute,
        @DefaultValue("600") int suggestionsPerMinute, @DefaultValue("300") int apiPerMinute,
        @DefaultValue("30") int loginPerMinute, @DefaultValue("100000") int maxAddresses) {

    int perMinute(RateLimiter.Kind kind) {
        return switch (kind) {
            case SEARCH -> searchPerMinute;
            case SUGGESTIONS -> suggestionsPerMinute;
            case API -> apiPerMinute;
            case LOGIN -> loginPerMinute;
        };
    }
}
