package pl.dobrepraktyki.api;

import java.math.BigDecimal;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/**
 * A unit as the API shows it.
 *
 * @param teryt the unit's code (7 digits for a city with county rights)
 * @param parentTeryt a gmina's county, a county's or city county's voivodeship; null for a voivodeship
 * @param voivodeship the 2-digit code of the unit's voivodeship
 * @param population people at the end of 2024; null when there are no data
 * @param areaKm2 area in km² on 2025-01-01; null when unknown
 * @param sizeCategory the SLZ competition category; null for a voivodeship
 */
record UnitResponse(String teryt, String name, UnitKind kind, String parentTeryt, String voivodeship,
        Integer population, BigDecimal areaKm2, SizeCategory sizeCategory) {

    static UnitResponse of(LocalGovernment unit) {
        return new UnitResponse(unit.getTeryt(), unit.getName(), unit.getKind(), unit.getParentTeryt(),
                unit.getVoivodeshipTeryt(), unit.getPopulation(), unit.getAreaKm2(), unit.getSizeCategory());
    }
}
