/**
 * The catalog of good practices: standardised descriptions with every part of the methodology
 * (ARCHITECTURE.md §3), their taxonomies, saved versions, attachments and adoptions, and the
 * public practice pages.
 * <p>
 * Public API (this package), for editorial, import/export, search and the REST API:
 * <ul>
 * <li>{@link pl.dobrepraktyki.catalog.PracticeService}: create and update drafts
 * ({@link pl.dobrepraktyki.catalog.PracticeContent}), the workflow transitions (submit, request
 * changes, publish, reject, re-verification, archive), reads with data-level access checks,
 * saved versions ({@link pl.dobrepraktyki.catalog.PracticeSnapshot}) and adoptions;</li>
 * <li>{@link pl.dobrepraktyki.catalog.AttachmentService}: checked uploads and downloads;
 * {@link pl.dobrepraktyki.catalog.CheckedDocuments}, {@link pl.dobrepraktyki.catalog.FileUploads} and
 * {@link pl.dobrepraktyki.catalog.FileResponses}: the
 * same checking, storage and sending for other modules' documents (meeting materials);</li>
 * <li>{@link pl.dobrepraktyki.catalog.PracticePageSection}: the SPI through which another module adds a
 * section to the practice page; {@link pl.dobrepraktyki.catalog.PracticeService#consentedContactsInAreas}
 * for "who to ask";</li>
 * <li>{@link pl.dobrepraktyki.catalog.TaxonomyService}: sections, areas, practice types, sources
 * and funding projects;</li>
 * <li>{@link pl.dobrepraktyki.catalog.SafeMarkdown}: the one place where user text becomes HTML;</li>
 * <li>events, all records published when the practice is saved: {@link pl.dobrepraktyki.catalog.PracticeSaved},
 * {@link pl.dobrepraktyki.catalog.PracticeSubmitted}, {@link pl.dobrepraktyki.catalog.PracticeResubmitted},
 * {@link pl.dobrepraktyki.catalog.ChangesRequested}, {@link pl.dobrepraktyki.catalog.PracticePublished},
 * {@link pl.dobrepraktyki.catalog.PracticeRejected}, {@link pl.dobrepraktyki.catalog.ReverificationDue},
 * {@link pl.dobrepraktyki.catalog.PracticeVerified}, {@link pl.dobrepraktyki.catalog.PracticeArchived},
 * {@link pl.dobrepraktyki.catalog.PracticeAdopted}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Katalog praktyk",
        allowedDependencies = { "localgov", "accounts", "system::security", "system::seo", "system::cli", "system::mail",
                "system::jobs" })
package pl.dobrepraktyki.catalog;
