package pl.dobrepraktyki.accounts.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.accounts.AuditLog;
import pl.dobrepraktyki.accounts.SecondFactorService;
import pl.dobrepraktyki.accounts.UserAccount;

/**
 * Counts failed logins for throttling, writes every login and logout to the audit log, and sends
 * a failed login back to the login page with a reason the person can act on. "Unknown e-mail" and
 * "wrong password" look the same, so the form does not reveal which accounts exist.
 */
@Component
class LoginEvents implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final SecondFactorService secondFactor;

    LoginEvents(LoginThrottle throttle, AuditLog audit, SecondFactorService secondFactor) {
        this.throttle = throttle;
        this.audit = audit;
        this.secondFactor = secondFactor;
    }

    /**
     * A correct password. When a second factor follows, the person is not signed in yet and earlier
     * failures still count (a wrong code after them pauses the account, see {@link SecondFactorLogin}).
     */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String email = event.getAuthentication().getName();
        if (secondFactor.needsSecondStep(email)) {
            audit.record(AuditLog.Type.PASSWORD_ACCEPTED, email, email, "second factor follows");
            return;
        }
        throttle.succeeded(email);
        audit.record(AuditLog.Type.LOGIN_SUCCEEDED, email, email, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof LockedException) {
            return;
        }
        String email = UserAccount.normalizeEmail(String.valueOf(event.getAuthentication().getPrincipal()));
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.failed(email, AuditLog.remoteAddress());
        }
        audit.record(AuditLog.Type.LOGIN_FAILED, email, email, event.getException().getClass().getSimpleName());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        String email = event.getAuthentication().getName();
        audit.record(AuditLog.Type.LOGGED_OUT, email, email, null);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String reason = exception instanceof LockedException ? "zablokowane"
                : exception instanceof DisabledException ? "nieaktywne" : "blad";
        response.sendRedirect(request.getContextPath() + "/logowanie?" + reason);
    }
}
