package pl.dobrepraktyki.statistics;

/** Which way an indicator's values are better. Stored in the database; never rename the constants. */
public enum Polarity {
    /** The larger the better (rank 1 = largest value). */
    HIGHER_BETTER,
    /** The smaller the better (rank 1 = smallest value). */
    LOWER_BETTER,
    /** Neither is better; ranks are counted from the largest value. */
    NEUTRAL;

    /** True when rank 1 is the smallest value. */
    public boolean ascending() {
        return this == LOWER_BETTER;
    }
}
