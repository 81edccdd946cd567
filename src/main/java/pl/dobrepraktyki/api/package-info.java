/**
 * The public REST API under {@code /api/v1}: JSON, RFC 9457 problem details for errors, described by
 * OpenAPI; and the Atom 1.0 feeds under {@code /kanaly} (package {@code feed}: latest practices, competition
 * editions and results, upcoming meetings, the editors' news and publications). It reads through the public services of the feature modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API",
        allowedDependencies = { "localgov", "catalog", "search", "statistics", "exchange", "competition", "alerts", "news",
                "system::security" })
package pl.dobrepraktyki.api;
