/**
 * Experience exchange groups (Grupy Wymiany Doświadczeń) and thematic meetings: groups of similar
 * units with member units and member people, meetings (in a group or standalone) with study
 * visits, materials, minutes and the practices presented there, registration with a limit and a
 * waiting list, attendance, iCalendar export, "who to ask" and participation reports.
 * <p>
 * Public API (this package): {@link pl.dobrepraktyki.exchange.GroupService},
 * {@link pl.dobrepraktyki.exchange.MeetingService}, {@link pl.dobrepraktyki.exchange.ExchangeReports}
 * and their view records. Contributes the section "presented at meetings / who to ask" to the
 * practice page through {@link pl.dobrepraktyki.catalog.PracticePageSection}, and its groups and
 * meetings to the search page through {@link pl.dobrepraktyki.search.SearchSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Grupy wymiany doświadczeń i spotkania",
        allowedDependencies = { "localgov", "catalog", "accounts", "search", "system::security", "system::seo", "system::cli",
                "system::mail", "system::home", "strategy" })
package pl.dobrepraktyki.exchange;
