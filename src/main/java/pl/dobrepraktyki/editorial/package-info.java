/**
 * The editors' work: the review queues, the review of a submitted practice against the
 * methodology checklist (ARCHITECTURE.md §3) with its completeness score, the workflow actions
 * (request changes, publish, reject, verify, archive) guarded by the version the editor saw, the
 * review log, the diff between saved versions, the periodic re-verification job and the e-mails
 * to the officials of the lead unit.
 * <p>
 * It changes practices only through {@link pl.dobrepraktyki.catalog.PracticeService} and listens
 * to the catalog's events ({@link pl.dobrepraktyki.catalog.ChangesRequested},
 * {@link pl.dobrepraktyki.catalog.PracticePublished}, {@link pl.dobrepraktyki.catalog.ReverificationDue}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Redakcja",
        allowedDependencies = { "catalog", "accounts", "system::security", "system::mail" })
package pl.dobrepraktyki.editorial;
