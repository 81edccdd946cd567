package pl.dobrepraktyki.localgov;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outlines of voivodeships and powiaty as SVG paths, for maps drawn on the server (no tile server,
 * no external requests). Coordinates are projected from WGS84 with an equirectangular projection
 * scaled at 52°N (good enough for Poland) into a {@value #WIDTH}×{@value #HEIGHT} view box. The powiat
 * layer is © OpenStreetMap contributors (ODbL); pages that draw it show {@link #COUNTY_ATTRIBUTION}.
 */
@Component
public class UnitShapes {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 610;
    public static final String COUNTY_ATTRIBUTION = "© OpenStreetMap contributors (ODbL)";

    private static final double LON_MIN = 14.0;
    private static final double LAT_MAX = 55.0;
    private static final double COS_LAT = Math.cos(Math.toRadians(52));
    private static final double SCALE = WIDTH / ((24.3 - LON_MIN) * COS_LAT);

    /** One unit's outline: its TERYT code (2 or 4 digits) and the SVG path data. */
    public record Shape(String teryt, String path) {
    }

    private volatile List<Shape> voivodeships;
    private volatile List<Shape> counties;
    private volatile List<Shape> municipalities;

    /** The 16 voivodeships, keyed by their 2-digit code. */
    public List<Shape> voivodeships() {
        if (voivodeships == null) {
            voivodeships = load("localgov/geo/wojewodztwa.geojson", true);
        }
        return voivodeships;
    }

    /** The 380 powiaty (314 powiaty ziemskie and 66 cities with county rights), keyed by 4-digit code. */
    public List<Shape> counties() {
        if (counties == null) {
            counties = load("localgov/geo/powiaty.geojson", false);
        }
        return counties;
    }

    /**
     * The 2,477 gminas of the PRG (about 2020, strongly simplified), keyed by their code in the 2025
     * register ({@code teryt_2025}); Szczawa and Grabówka (2025) lie inside Kamienica and Supraśl.
     */
    public List<Shape> municipalities() {
        if (municipalities == null) {
            municipalities = load("localgov/geo/gminy.geojson", "teryt_2025");
        }
        return municipalities;
    }

    private static List<Shape> load(String resource, boolean codeInProperties) {
        return load(resource, codeInProperties ? "JPT_KOD_JE" : null);
    }

    /** {@code codeProperty} names the property holding the code, {@code null} for the feature's id. */
    private static List<Shape> load(String resource, String codeProperty) {
        JsonNode root;
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            root = JsonMapper.builder().build().readTree(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Shape> shapes = new ArrayList<>();
        for (JsonNode feature : root.get("features")) {
            String code = codeProperty != null ? feature.get("properties").get(codeProperty).asString()
                    : feature.get("id").asString();
            JsonNode geometry = feature.get("geometry");
            StringBuilder path = new StringBuilder();
            if ("Polygon".equals(geometry.get("type").asString())) {
                polygon(geometry.get("coordinates"), path);
            }
            else {
                for (JsonNode polygon : geometry.get("coordinates")) {
                    polygon(polygon, path);
                }
            }
            shapes.add(new Shape(code, path.toString().strip()));
        }
        shapes.sort((a, b) -> a.teryt().compareTo(b.teryt()));
        return Collections.unmodifiableList(shapes);
    }

    private static void polygon(JsonNode rings, StringBuilder path) {
        for (JsonNode ring : rings) {
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            boolean first = true;
            for (JsonNode point : ring) {
                double x = (point.get(0).asDouble() - LON_MIN) * COS_LAT * SCALE;
                double y = (LAT_MAX - point.get(1).asDouble()) * SCALE * 1.0;
                if (!first && Math.abs(x - lastX) < 0.6 && Math.abs(y - lastY) < 0.6) {
                    continue; // closer than a pixel to the last point: invisible at this size
                }
                path.append(first ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y)).append(' ');
                lastX = x;
                lastY = y;
                first = false;
            }
            path.append("Z ");
        }
    }
}
