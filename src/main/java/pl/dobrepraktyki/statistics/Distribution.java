package pl.dobrepraktyki.statistics;

import java.util.Arrays;

/**
 * Summary of the values of a group: size, minimum, quartiles and maximum.
 * <p>
 * Quartiles are computed by linear interpolation between order statistics (Hyndman and Fan type 7,
 * the default of R, NumPy and spreadsheet {@code QUARTILE.INC}): for sorted values
 * {@code x[0..n-1]} the p-quantile is at position {@code h = (n - 1) p}, i.e.
 * {@code x[floor(h)] + (h - floor(h)) (x[floor(h)+1] - x[floor(h)])}. The median is the 0.5-quantile
 * (the middle value, or the mean of the two middle values).
 */
public record Distribution(int size, double min, double q1, double median, double q3, double max) {

    /** The distribution of the values (the array is not changed); {@code null} for no values. */
    public static Distribution of(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Distribution(sorted.length, sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5),
                quantile(sorted, 0.75), sorted[sorted.length - 1]);
    }

    /** The p-quantile of sorted values, type 7. */
    public static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }

    /** Interquartile range. */
    public double iqr() {
        return q3 - q1;
    }

    /**
     * How far a value lies from the median, in interquartile ranges (a robust z-score); when the
     * quartiles coincide, relative to the median's size; 0 when the value is the median.
     */
    public double distance(double value) {
        double diff = value - median;
        if (diff == 0) {
            return 0;
        }
        if (iqr() > 0) {
            return diff / iqr();
        }
        return median != 0 ? diff / Math.abs(median) : Math.signum(diff);
    }
}
