package pl.dobrepraktyki.accounts.internal;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AuditLog;
import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.UserAccount;
import pl.dobrepraktyki.accounts.UserAccountRepository;

/** Loads accounts for login by e-mail; a throttled login is refused before the password is checked. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    AccountUserDetailsService(UserAccountRepository accounts, LoginThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = UserAccount.normalizeEmail(username);
        String address = AuditLog.remoteAddress();
        if (throttle.isThrottled(email, address)) {
            audit.record(AuditLog.Type.LOGIN_THROTTLED, email, email, null);
            // A locked user fails the pre-authentication check with LockedException, before and
            // whatever the password, and looks the same whether or not the account exists.
            return User.withUsername(email).password("{noop}").accountLocked(true).authorities(List.of()).build();
        }
        UserAccount account = accounts.findByEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(account.getEmail()).password(account.getPasswordHash())
                .disabled(!account.canLogIn())
                .authorities(account.getRoles().stream().map(Role::authority).map(SimpleGrantedAuthority::new)
                        .toList())
                .build();
    }
}
