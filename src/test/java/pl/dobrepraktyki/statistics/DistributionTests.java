package pl.dobrepraktyki.statistics;

import org.junit.jupiter.api.Test;

import pl.dobrepraktyki.localgov.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Quartiles (type 7, as numpy.percentile and QUARTILE.INC) and the population classes of peer groups. */
class DistributionTests {

    @Test
    void quartilesInterpolateBetweenOrderStatistics() {
        // numpy.percentile([7, 1, 3, 9, 5], [25, 50, 75]) = [3, 5, 7]
        Distribution odd = Distribution.of(new double[] { 7, 1, 3, 9, 5 });
        assertThat(odd.q1()).isEqualTo(3);
        assertThat(odd.median()).isEqualTo(5);
        assertThat(odd.q3()).isEqualTo(7);
        // numpy.percentile([1, 2, 3, 4], [25, 50, 75]) = [1.75, 2.5, 3.25]
        Distribution even = Distribution.of(new double[] { 4, 3, 2, 1 });
        assertThat(even.q1()).isCloseTo(1.75, within(1e-12));
        assertThat(even.median()).isCloseTo(2.5, within(1e-12));
        assertThat(even.q3()).isCloseTo(3.25, within(1e-12));
        assertThat(even.min()).isEqualTo(1);
        assertThat(even.max()).isEqualTo(4);
        Distribution one = Distribution.of(new double[] { 42 });
        assertThat(one.q1()).isEqualTo(42);
        assertThat(one.q3()).isEqualTo(42);
        assertThat(Distribution.of(new double[0])).isNull();
    }

    @Test
    void distanceIsMeasuredInInterquartileRanges() {
        Distribution d = Distribution.of(new double[] { 1, 2, 3, 4, 5 }); // q1 2, median 3, q3 4
        assertThat(d.distance(5)).isEqualTo(1.0);
        assertThat(d.distance(2)).isEqualTo(-0.5);
        assertThat(d.distance(3)).isZero();
        Distribution flat = Distribution.of(new double[] { 10, 10, 10 });
        assertThat(flat.distance(15)).isEqualTo(0.5);
    }

    @Test
    void populationClassesPerKind() {
        assertThat(PopulationClass.of(UnitKind.RURAL_MUNICIPALITY, 4_999)).isEqualTo(new PopulationClass(0, 5_000));
        assertThat(PopulationClass.of(UnitKind.RURAL_MUNICIPALITY, 5_000)).isEqualTo(new PopulationClass(5_000, 10_000));
        assertThat(PopulationClass.of(UnitKind.URBAN_MUNICIPALITY, 60_000)).isEqualTo(new PopulationClass(50_000, null));
        assertThat(PopulationClass.of(UnitKind.CITY_COUNTY, 645_690)).isEqualTo(new PopulationClass(300_000, null));
        assertThat(PopulationClass.of(UnitKind.COUNTY, 87_260)).isEqualTo(new PopulationClass(50_000, 100_000));
        assertThat(PopulationClass.of(UnitKind.VOIVODESHIP, 2_000_000)).isEqualTo(new PopulationClass(0, null));
        assertThat(PopulationClass.of(UnitKind.RURAL_MUNICIPALITY, null)).isNull();
    }

    @Test
    void ranksShareTheBetterPlaceOnTies() {
        double[] values = { 10, 20, 20, 30 };
        assertThat(StatisticsService.rank(values, 30, Polarity.HIGHER_BETTER)).isEqualTo(1);
        assertThat(StatisticsService.rank(values, 20, Polarity.HIGHER_BETTER)).isEqualTo(2);
        assertThat(StatisticsService.rank(values, 10, Polarity.HIGHER_BETTER)).isEqualTo(4);
        assertThat(StatisticsService.rank(values, 10, Polarity.LOWER_BETTER)).isEqualTo(1);
        assertThat(StatisticsService.rank(values, 20, Polarity.NEUTRAL)).isEqualTo(2);
    }
}
