package pl.dobrepraktyki.search.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.UnitQuery;

/**
 * What the index needs to know about a unit (name, kind, size category, voivodeship), kept in
 * memory: 2,809 units, read once. The register is looked up lazily because the index mapping is
 * built while the database layer itself starts.
 */
@Component
public class UnitDirectory {

    /** The facts of a unit the index keeps. */
    public record UnitFacts(String teryt, String name, String kind, String sizeCategory, String voivodeship) {
    }

    private final ObjectProvider<LocalGovernmentService> units;
    private volatile Map<String, UnitFacts> facts;

    UnitDirectory(ObjectProvider<LocalGovernmentService> units) {
        this.units = units;
    }

    public UnitFacts get(String teryt) {
        if (teryt == null) {
            return null;
        }
        Map<String, UnitFacts> all = facts;
        if (all == null || all.isEmpty()) {
            all = load();
        }
        return all.get(teryt);
    }

    /** The name of a powiat by its 4-digit code: a powiat ziemski or a city with county rights. */
    public String countyName(String code) {
        UnitFacts unit = get(code);
        if (unit == null) {
            unit = get(code + "011");
        }
        return unit == null ? code : unit.name();
    }

    private synchronized Map<String, UnitFacts> load() {
        if (facts != null && !facts.isEmpty()) {
            return facts;
        }
        Map<String, UnitFacts> loaded = new ConcurrentHashMap<>();
        for (LocalGovernment unit : units.getObject().search(new UnitQuery(null, null, null), PageRequest.of(0, 10_000))) {
            loaded.put(unit.getTeryt(), new UnitFacts(unit.getTeryt(), unit.getDisplayName(), unit.getKind().name(),
                    unit.getSizeCategory() == null ? null : unit.getSizeCategory().name(),
                    unit.getVoivodeshipTeryt()));
        }
        facts = loaded;
        return loaded;
    }
}
