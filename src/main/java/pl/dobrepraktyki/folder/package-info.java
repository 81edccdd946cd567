/**
 * "Moja teczka": a signed-in person's bookmarks of public practices, each with a private note, listed,
 * exported as CSV and printed. Contributes the "save" button to the practice page through
 * {@link pl.dobrepraktyki.catalog.PracticePageSection}; the catalog does not know this module.
 * Each person sees only their own entries; they are part of the person's data export and erased with them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moja teczka",
        allowedDependencies = { "catalog", "accounts", "system::security", "system::csv" })
package pl.dobrepraktyki.folder;
