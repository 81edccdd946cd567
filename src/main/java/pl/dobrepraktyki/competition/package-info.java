/**
 * The competition "Samorządowy Lider Zarządzania": editions with their call (theme, areas, eligible
 * units, application window in Europe/Warsaw time, criteria with weights), entries of units (a
 * practice description in the methodology's form plus the edition's questions and attachments, see
 * {@link pl.dobrepraktyki.competition.EntryAttachmentService}; organisers' logos of an edition, see
 * {@link pl.dobrepraktyki.competition.EditionLogoService}), formal check by the
 * secretary, jury scoring per category (never an entry of the juror's own unit or one with a declared
 * conflict of interest), the ranking, awards and results; awarded entries go to the editors as
 * practices with their award ({@link pl.dobrepraktyki.catalog.PracticeService#submitAwarded}).
 * <p>
 * Roles: administrators create editions; the secretary of the competition is any EDITOR or ADMIN
 * (formal check, jury assignment, awards, visits, results, statistics); JURY_MEMBER accounts
 * assigned to a category score; OFFICIAL accounts apply for their unit.
 * Public API: {@link pl.dobrepraktyki.competition.CompetitionService},
 * {@link pl.dobrepraktyki.competition.EditionView}, {@link pl.dobrepraktyki.competition.EditionResults}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Konkurs",
        allowedDependencies = { "catalog", "localgov", "accounts", "search", "system::security", "system::seo", "system::cli", "system::home" })
package pl.dobrepraktyki.competition;
