package pl.dobrepraktyki.news.web;

import org.springframework.security.core.Authentication;

import pl.dobrepraktyki.system.security.Roles;

/** Whether the signed-in person is an editor (or an administrator): they see drafts. */
final class Editors {

    private Editors() {
    }

    static boolean is(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Roles.EDITOR).equals(a.getAuthority())
                        || ("ROLE_" + Roles.ADMIN).equals(a.getAuthority()));
    }
}
