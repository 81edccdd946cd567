/**
 * The weekly digest "Tygodnik": people subscribe on {@code /tygodnik} (double opt-in: a confirmation link
 * valid 7 days) or from their account, and every Monday morning each confirmed subscriber gets one mail
 * with the practices published in the last 7 days, the meetings of the next 30 days and the open
 * competition calls; each digest can be left in one click (RFC 8058). It reads through the public services
 * of the catalog, exchange and competition, and takes part in the GDPR export and erasure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tygodnik",
        allowedDependencies = { "catalog", "exchange", "competition", "accounts", "system::security", "system::mail" })
package pl.dobrepraktyki.newsletter;
