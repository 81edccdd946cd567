package pl.dobrepraktyki.catalog;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Snapshots to and from the JSON text kept in the version history. */
final class SnapshotJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private SnapshotJson() {
    }

    static String write(PracticeSnapshot snapshot) {
        return MAPPER.writeValueAsString(snapshot);
    }

    static PracticeSnapshot read(String json) {
        return MAPPER.readValue(json, PracticeSnapshot.class);
    }
}
