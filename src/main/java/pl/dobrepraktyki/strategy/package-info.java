/**
 * Strategy monitoring: a unit's officials record its development strategy (strategic goals, each with
 * indicators of the statistics catalogue, a baseline and a target); the strategy page shows per indicator
 * the unit's values since the baseline against the linear path to the target and the peer group's quartiles,
 * whether each goal is on track, and for a goal off track the best units of the peer group and their practices.
 * Pages under {@code /jst/{teryt}/strategia}, the API {@code /api/v1/units/{teryt}/strategy}, and a section of
 * the unit page (through {@link pl.dobrepraktyki.localgov.UnitPageSection}).
 * <p>
 * Public API (this package): {@link pl.dobrepraktyki.strategy.StrategyService} (reads with visibility checks,
 * edits) and {@link pl.dobrepraktyki.strategy.StrategyMonitor} (progress against the path).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring strategii",
        allowedDependencies = { "localgov", "statistics", "catalog", "accounts", "system::security", "system::cli", "system::csv" })
package pl.dobrepraktyki.strategy;
