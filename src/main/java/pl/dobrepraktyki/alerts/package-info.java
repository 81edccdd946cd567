/**
 * Saved searches and follows with e-mail alerts ("Obserwowane"): a signed-in person saves a search of
 * {@code /szukaj} (words and facet filters) or follows a section, an area, a unit or an exchange group; a
 * job finds the practices published (and, for a group, the meetings planned in it) since the last alert
 * and writes the mail to an outbox in the same transaction,
 * another job sends the outbox (at least once, with a stable Message-ID). Unsubscribing works without
 * login through a signed link (also RFC 8058 one-click). Depends on search (the queries), catalog and
 * localgov (names), exchange (a followed group's units and meetings), accounts (GDPR export and erasure);
 * nothing depends on alerts: the search page includes its form as a template fragment, the unit page gets
 * its button through {@link pl.dobrepraktyki.localgov.UnitPageSection}, the group page through
 * {@link pl.dobrepraktyki.exchange.GroupPageSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Obserwowane i powiadomienia",
        allowedDependencies = { "search", "catalog", "localgov", "exchange", "accounts", "system::security",
                "system::mail" })
package pl.dobrepraktyki.alerts;
