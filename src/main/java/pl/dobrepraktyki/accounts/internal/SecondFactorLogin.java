package pl.dobrepraktyki.accounts.internal;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.accounts.AuditLog;
import pl.dobrepraktyki.accounts.SecondFactorService;

/**
 * The second step of a login. After a correct password, a person who needs a second factor is
 * <em>not</em> signed in: the session only remembers who passed the password (for
 * {@value #PENDING_MINUTES} minutes) and the browser goes to the code page, or to the enrolment page
 * when the person has no second factor yet. The security context (with the roles) is stored only
 * after a correct code.
 */
@Component
public class SecondFactorLogin implements AuthenticationSuccessHandler {

    public static final String CODE_PAGE = "/logowanie/kod";
    public static final String ENROLMENT_PAGE = "/logowanie/weryfikacja-dwuetapowa";
    static final int PENDING_MINUTES = 10;
    private static final String PENDING = SecondFactorLogin.class.getName() + ".PENDING";

    /** Who passed the password step, and when. */
    record Pending(String email, Instant since) implements Serializable {
    }

    private final SecondFactorService secondFactor;
    private final AccountUserDetailsService users;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();

    SecondFactorLogin(SecondFactorService secondFactor, AccountUserDetailsService users, LoginThrottle throttle,
            AuditLog audit, Clock clock) {
        this.secondFactor = secondFactor;
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        signedIn.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        String email = authentication.getName();
        if (!secondFactor.needsSecondStep(email)) {
            signedIn.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        // Undo the sign-in the form login has just stored: no session with roles before the code.
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        contexts.saveContext(empty, request, response);
        request.getSession().setAttribute(PENDING, new Pending(email, Instant.now(clock)));
        String next = secondFactor.isEnrolled(email) ? CODE_PAGE : ENROLMENT_PAGE;
        response.sendRedirect(request.getContextPath() + next);
    }

    /** The person who passed the password step in this session and still has to give a code. */
    public Optional<String> pendingEmail(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (pending.since().plus(Duration.ofMinutes(PENDING_MINUTES)).isBefore(Instant.now(clock))) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(pending.email());
    }

    /** Forgets the password step (the account was paused): the person starts again at the login page. */
    public void abandon(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /**
     * Signs the pending person in after a correct code: a new session id, the security context with
     * the roles, the audit entry. Returns where the person wanted to go (the page that asked them to
     * log in, or the home page); empty when the account may no longer log in.
     */
    public Optional<String> complete(HttpServletRequest request, HttpServletResponse response, String how) {
        Optional<String> pending = pendingEmail(request);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        abandon(request);
        UserDetails user = users.loadUserByUsername(pending.get());
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            return Optional.empty();
        }
        request.changeSessionId();
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        throttle.succeeded(user.getUsername());
        audit.record(AuditLog.Type.LOGIN_SUCCEEDED, user.getUsername(), user.getUsername(), how);
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        SavedRequest saved = cache.getRequest(request, response);
        cache.removeRequest(request, response);
        return Optional.of(saved == null ? "/" : saved.getRedirectUrl());
    }
}
