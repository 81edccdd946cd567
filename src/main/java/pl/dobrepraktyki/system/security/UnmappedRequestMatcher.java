package pl.dobrepraktyki.system.security;

import java.util.Collection;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Matches requests that no controller (nor actuator endpoint) maps, so that an unknown address is
 * answered with the 404 page rather than a login form. A mapped address with another HTTP method
 * does not match: that stays denied.
 */
class UnmappedRequestMatcher implements RequestMatcher {

    private final ApplicationContext context;
    private volatile Collection<RequestMappingInfoHandlerMapping> mappings;

    UnmappedRequestMatcher(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        for (RequestMappingInfoHandlerMapping mapping : mappings()) {
            try {
                if (mapping.getHandler(request) != null) {
                    return false;
                }
            }
            catch (Exception e) {
                return false;
            }
        }
        return true;
    }

    private Collection<RequestMappingInfoHandlerMapping> mappings() {
        if (mappings == null) {
            mappings = context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values();
        }
        return mappings;
    }
}
