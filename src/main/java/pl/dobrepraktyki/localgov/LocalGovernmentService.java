package pl.dobrepraktyki.localgov;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.localgov.internal.LocalGovernmentRepository;

/**
 * Looks units of the register up and searches them. Every code parameter accepts 2, 4 or 7 digits;
 * a city with county rights is found by its 7-digit gmina code and by its 4-digit county code
 * (e.g. {@code 1061011} and {@code 1061} are both Łódź). A malformed code throws
 * {@link IllegalArgumentException}.
 */
@Service
@Transactional(readOnly = true)
public class LocalGovernmentService {

    private final LocalGovernmentRepository units;

    LocalGovernmentService(LocalGovernmentRepository units) {
        this.units = units;
    }

    /** The unit with the code, resolving a city county's 4-digit alias; empty for an unknown code. */
    public Optional<LocalGovernment> findByCode(String teryt) {
        return findByCode(TerytCode.of(teryt));
    }

    public Optional<LocalGovernment> findByCode(TerytCode teryt) {
        return units.findByCode(teryt.value());
    }

    /** Like {@link #findByCode(String)}, but an unknown code throws {@link UnitNotFoundException}. */
    public LocalGovernment getByCode(String teryt) {
        return getByCode(TerytCode.of(teryt));
    }

    public LocalGovernment getByCode(TerytCode teryt) {
        return findByCode(teryt).orElseThrow(() -> new UnitNotFoundException(teryt.value()));
    }

    /**
     * The Polish display name of a unit (e.g. {@code miasto Łódź}, {@code gmina wiejska Zgierz});
     * empty for an unknown or malformed code.
     */
    public Optional<String> unitName(String teryt) {
        if (!TerytCode.isValid(teryt)) {
            return Optional.empty();
        }
        return findByCode(teryt).map(LocalGovernment::getDisplayName);
    }

    /**
     * The code under which the unit is kept: a city county's 4-digit code becomes its 7-digit one;
     * any other code comes back as it is (stripped).
     *
     * @throws IllegalArgumentException if the code is malformed
     */
    public String canonicalCode(String teryt) {
        TerytCode code = TerytCode.of(teryt);
        if (code.isCityCountyCode()) {
            return units.findByCode(code.value()).map(LocalGovernment::getTeryt).orElse(code.value());
        }
        return code.value();
    }

    /** True when the code (or a city county's alias) names a unit of the register. */
    public boolean exists(String teryt) {
        return TerytCode.isValid(teryt) && findByCode(teryt).isPresent();
    }

    /** The 16 voivodeships in code order. */
    public List<LocalGovernment> voivodeships() {
        return units.findByKindOrderByTerytAsc(UnitKind.VOIVODESHIP);
    }

    /** The unit, its parents and its children, in one read. */
    public UnitDetails details(TerytCode teryt) {
        LocalGovernment unit = getByCode(teryt);
        return new UnitDetails(unit, ancestors(unit), children(unit));
    }

    /** The parents of a unit from the voivodeship down, without the unit itself. */
    public List<LocalGovernment> ancestors(LocalGovernment unit) {
        List<String> codes = new ArrayList<>();
        String parent = unit.getParentTeryt();
        if (parent != null) {
            codes.add(parent);
            if (parent.length() > 2) {
                codes.add(parent.substring(0, 2));
            }
        }
        if (codes.isEmpty()) {
            return List.of();
        }
        return units.findByTerytIn(codes).stream()
                .sorted(Comparator.comparingInt((LocalGovernment u) -> u.getTeryt().length())).toList();
    }

    /** A voivodeship's counties and city counties, or a county's gminas, by name. */
    public List<LocalGovernment> children(LocalGovernment unit) {
        if (unit.getKind() != UnitKind.VOIVODESHIP && unit.getKind() != UnitKind.COUNTY) {
            return List.of();
        }
        return units.findByParentTerytOrderByNameFoldedAscTerytAsc(unit.getTeryt());
    }

    /** Units matching the query, a page at a time (see {@link UnitQuery} for the order). */
    public Page<LocalGovernment> search(UnitQuery query, Pageable pageable) {
        return units.search(query, pageable);
    }

    /**
     * Hands every unit of the register to {@code each} in TERYT code order, read in batches of 500 each
     * in its own transaction, so that the persistence context never holds the whole register (open data).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void forEachUnit(java.util.function.Consumer<LocalGovernment> each) {
        String after = "";
        while (true) {
            List<LocalGovernment> batch = units.findTop500ByTerytGreaterThanOrderByTerytAsc(after);
            batch.forEach(each);
            if (batch.size() < 500) {
                return;
            }
            after = batch.get(batch.size() - 1).getTeryt();
        }
    }

    public long count() {
        return units.count();
    }

    public Map<UnitKind, Long> countByKind() {
        Map<UnitKind, Long> counts = new EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            counts.put(kind, units.countByKind(kind));
        }
        return counts;
    }
}
