package pl.dobrepraktyki.catalog;

/** Where a practice is in its life (ARCHITECTURE.md §5). Stored by name; never rename. */
public enum PracticeStatus {
    /** Being written; may be incomplete. */
    DRAFT,
    /** Sent to the editors, waiting for review. */
    SUBMITTED,
    /** An editor asked the unit to change something. */
    CHANGES_REQUESTED,
    /** Public. */
    PUBLISHED,
    /** Not accepted into the base. */
    REJECTED,
    /** Still public, but the description has to be verified again. */
    REVERIFICATION_DUE,
    /** Withdrawn from the public base. */
    ARCHIVED;

    /** True when everyone may read a practice in this status. */
    public boolean isPublic() {
        return this == PUBLISHED || this == REVERIFICATION_DUE;
    }

    /** True when an official of the lead unit may still edit the practice. */
    public boolean isEditableByUnit() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
