/**
 * Accounts of officials, editors, jury members, moderators and administrators: registration with
 * e-mail confirmation and editor approval, login throttling, password reset, roles and the
 * security audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Konta",
        allowedDependencies = { "localgov", "system::security", "system::mail" })
package pl.dobrepraktyki.accounts;
