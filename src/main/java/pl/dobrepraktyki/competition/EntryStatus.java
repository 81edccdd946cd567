package pl.dobrepraktyki.competition;

/** Where an entry is. Stored by name; never rename. */
public enum EntryStatus {
    /** Being written by the unit; may be changed until the deadline. */
    DRAFT,
    /** Sent before the deadline; waits for the secretary's formal check. */
    SUBMITTED,
    /** Formally eligible: the jury scores it. */
    ACCEPTED,
    /** Formally ineligible (the reason is recorded). */
    REJECTED
}
