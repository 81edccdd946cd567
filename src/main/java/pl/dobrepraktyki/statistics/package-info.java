/**
 * Statistics, the successor of SAS: a catalogue of indicators, their values per unit and year,
 * imports (long CSV and GUS BDL files), comparison of a unit with its peer group (median, quartiles,
 * rank, best units), charts and maps, under {@code /statystyki}.
 * <p>
 * Public API (this package): {@link pl.dobrepraktyki.statistics.StatisticsService} (indicators,
 * series, peer groups, comparisons, profiles, map values) and its records. Imports live in
 * {@code internal} and run at first start (the bundled population series), as the command
 * {@code import-stats} and from {@code /admin/statystyki/import}.
 * <p>
 * It reads the unit register (localgov) and links the best units of a group to their public practices
 * in the indicator's area (catalog).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statystyki",
        allowedDependencies = { "localgov", "catalog", "system::cli", "system::security", "system::seo", "system::jobs" })
package pl.dobrepraktyki.statistics;
