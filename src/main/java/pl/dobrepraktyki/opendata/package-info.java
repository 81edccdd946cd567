/**
 * Open data: the page {@code /dane} and streamed downloads of every public practice (CSV, JSON,
 * JSON-LD with schema.org), of the unit register (CSV) and of the indicator values (CSV), each with
 * its licence. It reads through the public services of the catalog, the unit register and statistics,
 * in batches, so that a download of any size needs constant memory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Otwarte dane",
        allowedDependencies = { "catalog", "localgov", "statistics", "system::security", "system::csv" })
package pl.dobrepraktyki.opendata;
