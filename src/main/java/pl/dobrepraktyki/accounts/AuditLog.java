package pl.dobrepraktyki.accounts;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import pl.dobrepraktyki.system.security.LogIdentifiers;

/** The security audit log: every event is stored and written to the log as one line. */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("pl.dobrepraktyki.audit");

    public enum Type {
        LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED, LOGGED_OUT, REGISTERED, EMAIL_CONFIRMED, ACCOUNT_APPROVED,
        ACCOUNT_REJECTED, PASSWORD_RESET_REQUESTED, PASSWORD_CHANGED, ROLES_CHANGED, ACCOUNT_DISABLED,
        ACCOUNT_ENABLED, ADMIN_CREATED, DATA_EXPORTED, DATA_ERASED, CONSENT_WITHDRAWN, PASSWORD_ACCEPTED,
        SECOND_FACTOR_ENROLLED, SECOND_FACTOR_FAILED, RECOVERY_CODE_USED, SECOND_FACTOR_RESET
    }

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records the event in its own transaction, so that it stays even when the caller's work fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Type type, String actor, String subject, String details) {
        String address = remoteAddress();
        events.save(new AuditEvent(Instant.now(clock), type.name(), actor, subject, address, details));
        // the log names people only by a keyed hash (the stored event, for administrators, keeps the e-mail)
        log.info("audit type={} actor={} subject={} ip={} details={}", type, LogIdentifiers.of(actor),
                LogIdentifiers.of(subject), address, safe(details));
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> recent(int page, int size) {
        return events.findAll(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
    }

    /** Log lines must not be forged by a user name with line breaks in it. */
    private static String safe(String value) {
        return value == null ? null : value.replaceAll("[\\r\\n\\t]", "_");
    }

    public static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
