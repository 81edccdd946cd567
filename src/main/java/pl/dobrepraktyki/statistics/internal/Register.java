package pl.dobrepraktyki.statistics.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.localgov.LocalGovernment;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.UnitQuery;

/**
 * The unit register as statistics reads it, kept in memory (2,809 units) and re-read every few
 * minutes: units by code (a city county also by its 4-digit code) and whole gminas by the first
 * 6 digits of their code ({@code WWPPGG}), the key that stays when a gmina's RODZ digit changes.
 */
@Component
public class Register {

    private static final long MAX_AGE_NANOS = Duration.ofMinutes(5).toNanos();

    /** One read of the register. */
    public record Snapshot(List<LocalGovernment> units, Map<String, LocalGovernment> byCode,
            Map<String, LocalGovernment> byGmina6) {

        public LocalGovernment get(String code) {
            return byCode.get(code);
        }
    }

    private final LocalGovernmentService units;
    private volatile Snapshot snapshot;
    private volatile long readAt;

    Register(LocalGovernmentService units) {
        this.units = units;
    }

    public Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - readAt > MAX_AGE_NANOS) {
            current = read();
            if (!current.units().isEmpty()) { // an empty register is being loaded: read again next time
                snapshot = current;
                readAt = System.nanoTime();
            }
        }
        return current;
    }

    /** Forget the snapshot (after the register changed). */
    public void refresh() {
        snapshot = null;
    }

    private Snapshot read() {
        List<LocalGovernment> all = units.search(UnitQuery.all(), PageRequest.of(0, 100_000)).getContent();
        Map<String, LocalGovernment> byCode = new HashMap<>();
        Map<String, LocalGovernment> byGmina6 = new HashMap<>();
        for (LocalGovernment unit : all) {
            byCode.put(unit.getTeryt(), unit);
            if (unit.getCountyTeryt() != null) {
                byCode.put(unit.getCountyTeryt(), unit);
            }
            if (unit.getKind().isMunicipality()) {
                byGmina6.put(unit.getTeryt().substring(0, 6), unit);
            }
        }
        return new Snapshot(List.copyOf(all), Map.copyOf(byCode), Map.copyOf(byGmina6));
    }
}
