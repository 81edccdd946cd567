/**
 * The register of every Polish local government unit (JST): 16 voivodeships, 314 counties and
 * 2,479 gminas from the TERYT register (state 2025-01-01), with population (GUS BDL 2024),
 * area (GUGiK 2025), kind and SLZ size category, and the public unit pages under {@code /jst}.
 * <p>
 * Public API (this package): {@link pl.dobrepraktyki.localgov.LocalGovernmentService} to look units
 * up and search them, the {@link pl.dobrepraktyki.localgov.LocalGovernment} entity (read-only for
 * other modules), {@link pl.dobrepraktyki.localgov.TerytCode},
 * {@link pl.dobrepraktyki.localgov.UnitKind}, {@link pl.dobrepraktyki.localgov.SizeCategory} and
 * {@link pl.dobrepraktyki.localgov.UnitNotFoundException}. The import lives in {@code internal}
 * and runs at first start and as the command {@code import-units}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jednostki samorządu terytorialnego",
        allowedDependencies = { "system::cli", "system::security", "system::seo" })
package pl.dobrepraktyki.localgov;
