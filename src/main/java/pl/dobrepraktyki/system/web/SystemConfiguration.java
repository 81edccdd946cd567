package pl.dobrepraktyki.system.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({ AccessibilityDeclaration.class, RateLimitProperties.class })
class SystemConfiguration {
}
