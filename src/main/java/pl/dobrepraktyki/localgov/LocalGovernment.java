package pl.dobrepraktyki.localgov;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A local government unit (JST) of the TERYT register. A city with county rights is one unit
 * under its 7-digit gmina code; its 4-digit county code is kept as {@link #getCountyTeryt()}.
 * Units are reference data: only the register import changes them.
 */
@Entity
@Table(name = "local_government")
public class LocalGovernment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "local_government_seq")
    @SequenceGenerator(name = "local_government_seq", sequenceName = "local_government_seq", allocationSize = 50)
    private Long id;

    @Column(name = "teryt", nullable = false, length = 7, unique = true)
    private String teryt;

    @Column(name = "county_teryt", length = 4, unique = true)
    private String countyTeryt;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "name_folded", nullable = false, length = 100)
    private String nameFolded;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private UnitKind kind;

    @Column(name = "voivodeship_teryt", nullable = false, length = 2)
    private String voivodeshipTeryt;

    @Column(name = "parent_teryt", length = 7)
    private String parentTeryt;

    @Column(name = "population")
    private Integer population;

    @Column(name = "area_km2", precision = 10, scale = 2)
    private BigDecimal areaKm2;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_category", length = 20)
    private SizeCategory sizeCategory;

    protected LocalGovernment() {
    }

    private LocalGovernment(TerytCode teryt) {
        this.teryt = teryt.value();
        this.voivodeshipTeryt = teryt.voivodeshipCode();
    }

    /** A unit that enters the register. Used by the register import. */
    public static LocalGovernment register(TerytCode teryt, UnitFacts facts) {
        LocalGovernment unit = new LocalGovernment(teryt);
        unit.refresh(facts);
        return unit;
    }

    /**
     * Takes over the facts of a newer register state; the id and code stay. Used by the register import.
     *
     * @return true when anything changed
     */
    public boolean refresh(UnitFacts facts) {
        Objects.requireNonNull(facts.kind(), "kind");
        String folded = NameFolding.fold(facts.name());
        BigDecimal area = facts.areaKm2() == null ? null : facts.areaKm2().setScale(2, RoundingMode.HALF_UP);
        SizeCategory category = SizeCategory.of(facts.kind(), facts.population());
        boolean changed = !Objects.equals(name, facts.name()) || !Objects.equals(kind, facts.kind())
                || !Objects.equals(parentTeryt, facts.parentTeryt())
                || !Objects.equals(countyTeryt, facts.countyTeryt())
                || !Objects.equals(population, facts.population())
                || (areaKm2 == null ? area != null : area == null || areaKm2.compareTo(area) != 0)
                || !Objects.equals(sizeCategory, category) || !Objects.equals(nameFolded, folded);
        if (changed) {
            this.name = facts.name();
            this.nameFolded = folded;
            this.kind = facts.kind();
            this.parentTeryt = facts.parentTeryt();
            this.countyTeryt = facts.countyTeryt();
            this.population = facts.population();
            this.areaKm2 = area;
            this.sizeCategory = category;
        }
        return changed;
    }

    /**
     * What the register says about a unit.
     *
     * @param name the official name (voivodeship names in lower case, e.g. {@code łódzkie})
     * @param parentTeryt the code of the parent unit, {@code null} for a voivodeship
     * @param countyTeryt the 4-digit county code of a city with county rights, else {@code null}
     * @param population people (2024), {@code null} when unknown
     * @param areaKm2 area in km² (2025), {@code null} when unknown
     */
    public record UnitFacts(String name, UnitKind kind, String parentTeryt, String countyTeryt, Integer population,
            BigDecimal areaKm2) {
    }

    public Long getId() {
        return id;
    }

    /** The unit's own code: 2, 4 or 7 digits (7 for a city with county rights). */
    public String getTeryt() {
        return teryt;
    }

    public TerytCode getTerytCode() {
        return TerytCode.of(teryt);
    }

    /** The 4-digit county code of a city with county rights (an alias of this unit), else {@code null}. */
    public String getCountyTeryt() {
        return countyTeryt;
    }

    public String getName() {
        return name;
    }

    /** The name folded for search (see {@link NameFolding}). */
    public String getNameFolded() {
        return nameFolded;
    }

    public UnitKind getKind() {
        return kind;
    }

    /** The 2-digit code of the unit's voivodeship (its own code for a voivodeship). */
    public String getVoivodeshipTeryt() {
        return voivodeshipTeryt;
    }

    /**
     * The parent's code: a gmina's county (4 digits), a county's or city county's voivodeship
     * (2 digits); {@code null} for a voivodeship.
     */
    public String getParentTeryt() {
        return parentTeryt;
    }

    /** Population at the end of 2024 (GUS BDL, rounded to 10 people), {@code null} when there are no data. */
    public Integer getPopulation() {
        return population;
    }

    public Optional<Integer> population() {
        return Optional.ofNullable(population);
    }

    /** Area in km² on 2025-01-01 (GUGiK), {@code null} when unknown. */
    public BigDecimal getAreaKm2() {
        return areaKm2;
    }

    /** People per km², one decimal, {@code null} when population or area is unknown. */
    public BigDecimal getDensity() {
        if (population == null || areaKm2 == null || areaKm2.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(population).divide(areaKm2, 1, RoundingMode.HALF_UP);
    }

    /** The SLZ competition category; {@code null} for a voivodeship. */
    public SizeCategory getSizeCategory() {
        return sizeCategory;
    }

    /**
     * The name a person reads in Polish, e.g. {@code województwo łódzkie}, {@code powiat zgierski},
     * {@code miasto Łódź}, {@code gmina wiejska Zgierz}. Pages use the message bundles instead.
     */
    public String getDisplayName() {
        return switch (kind) {
            case VOIVODESHIP -> "województwo " + name;
            case COUNTY -> "powiat " + name;
            case CITY_COUNTY -> "miasto " + name;
            case URBAN_MUNICIPALITY -> "gmina miejska " + name;
            case URBAN_RURAL_MUNICIPALITY -> "gmina miejsko-wiejska " + name;
            case RURAL_MUNICIPALITY -> "gmina wiejska " + name;
        };
    }

    @Override
    public String toString() {
        return teryt + " " + name + " (" + kind + ")";
    }
}
