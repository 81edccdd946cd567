package pl.dobrepraktyki.competition;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import pl.dobrepraktyki.catalog.PracticeContent;

/** An entry's practice description and answers to and from the JSON text kept with the entry. */
final class EntryJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private EntryJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static PracticeContent content(String json) {
        return MAPPER.readValue(json, PracticeContent.class);
    }

    static List<String> answers(String json) {
        return MAPPER.readValue(json, new TypeReference<List<String>>() {
        });
    }
}
