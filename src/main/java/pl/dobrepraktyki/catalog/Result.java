package pl.dobrepraktyki.catalog;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A measurable result: an indicator with its value before and after the practice and when it was
 * measured (e.g. "czas wydania decyzji", "21 dni", "7 dni", 2024-06-30). Values are text so that
 * units ("dni", "%", "zł") stay with the number.
 */
@Embeddable
public record Result(@Column(name = "indicator") String indicator, @Column(name = "value_before") String valueBefore,
        @Column(name = "value_after") String valueAfter, @Column(name = "measured_on") LocalDate measuredOn) {

    public Result {
        indicator = Texts.clean(indicator);
        valueBefore = Texts.clean(valueBefore);
        valueAfter = Texts.clean(valueAfter);
    }

    /** True when indicator, before and after are all given. */
    @JsonIgnore
    public boolean isMeasurable() {
        return indicator != null && valueBefore != null && valueAfter != null;
    }

    /** True when nothing is filled in (an empty row of the form). */
    @JsonIgnore
    public boolean isEmpty() {
        return indicator == null && valueBefore == null && valueAfter == null && measuredOn == null;
    }
}
