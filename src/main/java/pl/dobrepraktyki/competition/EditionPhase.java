package pl.dobrepraktyki.competition;

/** Where an edition is in time, computed from its window and results. */
public enum EditionPhase {
    /** The call is announced; applications open later. */
    ANNOUNCED,
    /** Applications are accepted. */
    OPEN,
    /** The deadline passed: formal check and jury. */
    EVALUATION,
    /** Results are public. */
    FINISHED
}
