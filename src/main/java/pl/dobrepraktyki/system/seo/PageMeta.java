package pl.dobrepraktyki.system.seo;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a page tells link previews and search engines beyond its title: put in the model as
 * {@value #ATTRIBUTE}, the layout writes Open Graph tags and, when {@code jsonLd} is given, a schema.org
 * JSON-LD block.
 *
 * @param title       the page's own title (without the site's name)
 * @param description one or two sentences of plain text
 * @param type        the Open Graph type: {@code article} or {@code website}
 * @param jsonLd      the schema.org object ({@code @context} is added), or {@code null}
 */
public record PageMeta(String title, String description, String type, Map<String, Object> jsonLd) {

    public static final String ATTRIBUTE = "pageMeta";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The JSON-LD object as the text of a {@code <script type="application/ld+json">}: {@code <}, {@code >}
     * and {@code &} are written as JSON escapes, so no text of a practice can close the script element.
     */
    public String jsonLdScript() {
        if (jsonLd == null) {
            return null;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@context", "https://schema.org");
        object.putAll(jsonLd);
        return JSON.writeValueAsString(object).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
