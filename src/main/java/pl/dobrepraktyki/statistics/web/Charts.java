package pl.dobrepraktyki.statistics.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import pl.dobrepraktyki.localgov.UnitShapes;
import pl.dobrepraktyki.statistics.Distribution;
import pl.dobrepraktyki.statistics.StatisticsService.YearComparison;

/**
 * Charts drawn on the server as SVG text: the same markup is shown in the page and downloaded as a
 * file. Every chart has a {@code <title>} and {@code <desc>}, and the page shows its data as a table
 * beside it. Text passed in is escaped here.
 */
final class Charts {

    static final int WIDTH = 640;
    static final String UNIT_COLOUR = "#b30000";
    static final String MEDIAN_COLOUR = "#08306b";
    static final String BAND_COLOUR = "#c6dbef";
    /** Map classes from light to dark (ColorBrewer "Blues", 5 classes); no data is light grey. */
    static final String[] MAP_COLOURS = { "#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c" };
    static final String NO_DATA = "#d9d9d9";

    private Charts() {
    }

    /** Texts of a chart: its title, a description, and labels of the series. */
    record Labels(String id, String title, String description, String unitLabel, String medianLabel, String bandLabel) {
    }

    /** The unit's value over the years next to the group's median and the band between its quartiles. */
    static String line(List<YearComparison> years, Labels labels, Locale locale, int decimals) {
        int height = 320;
        int left = 80;
        int right = 20;
        int top = 40;
        int bottom = 50;
        StringBuilder svg = open(labels.id(), WIDTH, height, labels.title(), labels.description());
        if (years.isEmpty()) {
            return close(svg);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (YearComparison y : years) {
            if (y.value() != null) {
                min = Math.min(min, y.value());
                max = Math.max(max, y.value());
            }
            if (y.peers() != null) {
                min = Math.min(min, y.peers().q1());
                max = Math.max(max, y.peers().q3());
                min = Math.min(min, y.peers().median());
                max = Math.max(max, y.peers().median());
            }
        }
        double[] ticks = ticks(min, max);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        int firstYear = years.get(0).year();
        int lastYear = years.get(years.size() - 1).year();
        double plotW = WIDTH - left - right;
        double plotH = height - top - bottom;
        java.util.function.IntToDoubleFunction x = year -> firstYear == lastYear ? left + plotW / 2
                : left + (year - firstYear) * plotW / (lastYear - firstYear);
        java.util.function.DoubleUnaryOperator yPos = v -> top + plotH - (v - lo) / (hi - lo) * plotH;
        NumberFormat format = format(locale, decimals);
        // grid and y axis labels
        for (double tick : ticks) {
            double ty = yPos.applyAsDouble(tick);
            svg.append(line(left, ty, WIDTH - right, ty, "#ddd", 1));
            svg.append(text(left - 6, ty + 4, "end", format.format(tick), 12));
        }
        for (YearComparison y : years) {
            svg.append(text(x.applyAsDouble(y.year()), height - bottom + 18, "middle", String.valueOf(y.year()), 12));
        }
        // band between the quartiles
        List<double[]> upper = new ArrayList<>();
        List<double[]> lower = new ArrayList<>();
        StringBuilder median = new StringBuilder();
        for (YearComparison y : years) {
            if (y.peers() != null) {
                double px = x.applyAsDouble(y.year());
                upper.add(new double[] { px, yPos.applyAsDouble(y.peers().q3()) });
                lower.add(0, new double[] { px, yPos.applyAsDouble(y.peers().q1()) });
                median.append(median.length() == 0 ? "M" : " L").append(fmt(px)).append(' ')
                        .append(fmt(yPos.applyAsDouble(y.peers().median())));
            }
        }
        if (!upper.isEmpty()) {
            StringBuilder band = new StringBuilder();
            List<double[]> ring = new ArrayList<>(upper);
            ring.addAll(lower);
            if (upper.size() == 1) { // one year: a short bar
                double[] u = upper.get(0);
                double[] l = lower.get(0);
                band.append("M").append(fmt(u[0] - 8)).append(' ').append(fmt(u[1])).append(" L").append(fmt(u[0] + 8))
                        .append(' ').append(fmt(u[1])).append(" L").append(fmt(l[0] + 8)).append(' ').append(fmt(l[1]))
                        .append(" L").append(fmt(l[0] - 8)).append(' ').append(fmt(l[1])).append(" Z");
            }
            else {
                for (double[] p : ring) {
                    band.append(band.length() == 0 ? "M" : " L").append(fmt(p[0])).append(' ').append(fmt(p[1]));
                }
                band.append(" Z");
            }
            svg.append("<path d=\"").append(band).append("\" fill=\"").append(BAND_COLOUR)
                    .append("\" stroke=\"none\"/>");
            svg.append("<path d=\"").append(median).append("\" fill=\"none\" stroke=\"").append(MEDIAN_COLOUR)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            for (YearComparison y : years) {
                if (y.peers() != null) {
                    svg.append(circle(x.applyAsDouble(y.year()), yPos.applyAsDouble(y.peers().median()), 3,
                            MEDIAN_COLOUR));
                }
            }
        }
        StringBuilder unit = new StringBuilder();
        for (YearComparison y : years) {
            if (y.value() != null) {
                unit.append(unit.length() == 0 ? "M" : " L").append(fmt(x.applyAsDouble(y.year()))).append(' ')
                        .append(fmt(yPos.applyAsDouble(y.value())));
            }
        }
        if (unit.length() > 0) {
            svg.append("<path d=\"").append(unit).append("\" fill=\"none\" stroke=\"").append(UNIT_COLOUR)
                    .append("\" stroke-width=\"3\"/>");
            for (YearComparison y : years) {
                if (y.value() != null) {
                    svg.append(circle(x.applyAsDouble(y.year()), yPos.applyAsDouble(y.value()), 5, UNIT_COLOUR));
                }
            }
        }
        legend(svg, 20, labels);
        return close(svg);
    }

    /** Every member's value as a dot on one axis, the box between the quartiles, the median and the unit. */
    static String distribution(double[] values, Double unitValue, Distribution peers, Labels labels, Locale locale,
            int decimals) {
        int height = 170;
        int left = 30;
        int right = 30;
        StringBuilder svg = open(labels.id(), WIDTH, height, labels.title(), labels.description());
        if (peers == null) {
            return close(svg);
        }
        double[] ticks = ticks(peers.min(), peers.max());
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        double plotW = WIDTH - left - right;
        java.util.function.DoubleUnaryOperator x = v -> left + (v - lo) / (hi - lo) * plotW;
        double axis = 120;
        NumberFormat format = format(locale, decimals);
        svg.append(line(left, axis, WIDTH - right, axis, "#555", 1));
        for (double tick : ticks) {
            double tx = x.applyAsDouble(tick);
            svg.append(line(tx, axis, tx, axis + 5, "#555", 1));
            svg.append(text(tx, axis + 20, "middle", format.format(tick), 12));
        }
        svg.append("<rect x=\"").append(fmt(x.applyAsDouble(peers.q1()))).append("\" y=\"60\" width=\"")
                .append(fmt(Math.max(1, x.applyAsDouble(peers.q3()) - x.applyAsDouble(peers.q1()))))
                .append("\" height=\"50\" fill=\"").append(BAND_COLOUR).append("\" stroke=\"").append(MEDIAN_COLOUR)
                .append("\"/>");
        double mx = x.applyAsDouble(peers.median());
        svg.append(line(mx, 55, mx, 115, MEDIAN_COLOUR, 3));
        // dots, jittered deterministically so that equal values stay visible
        for (int i = 0; i < values.length; i++) {
            double jitter = 70 + (i * 37 % 30);
            svg.append("<circle cx=\"").append(fmt(x.applyAsDouble(values[i]))).append("\" cy=\"").append(fmt(jitter))
                    .append("\" r=\"2.5\" fill=\"#333\" fill-opacity=\"0.5\"/>");
        }
        if (unitValue != null) {
            double ux = x.applyAsDouble(unitValue);
            svg.append(line(ux, 45, ux, 118, UNIT_COLOUR, 3));
            svg.append(circle(ux, 45, 6, UNIT_COLOUR));
        }
        legend(svg, 20, labels);
        return close(svg);
    }

    /** A region of a map: its code, outline, value (or {@code null}) and accessible name. */
    record Region(String code, String path, Double value, String label, String url) {
    }

    /** A class of the map legend. */
    record LegendClass(String colour, Double from, Double to) {
    }

    /** Quintile classes of the values (at most 5; fewer when values repeat). */
    static List<LegendClass> classes(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        List<LegendClass> classes = new ArrayList<>();
        if (sorted.isEmpty()) {
            return classes;
        }
        double[] array = sorted.stream().mapToDouble(Double::doubleValue).toArray();
        double previous = array[0];
        for (int i = 1; i <= MAP_COLOURS.length; i++) {
            double bound = i == MAP_COLOURS.length ? array[array.length - 1] : Distribution.quantile(array, i / 5.0);
            if (i > 1 && bound <= previous) {
                continue;
            }
            classes.add(new LegendClass(null, previous, bound));
            previous = bound;
        }
        List<LegendClass> coloured = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            int colour = classes.size() == 1 ? MAP_COLOURS.length - 1
                    : Math.round((float) i * (MAP_COLOURS.length - 1) / (classes.size() - 1));
            coloured.add(new LegendClass(MAP_COLOURS[colour], classes.get(i).from(), classes.get(i).to()));
        }
        return coloured;
    }

    static String colour(Double value, List<LegendClass> classes) {
        if (value == null) {
            return NO_DATA;
        }
        for (LegendClass c : classes) {
            if (value <= c.to()) {
                return c.colour();
            }
        }
        return classes.get(classes.size() - 1).colour();
    }

    /** A choropleth of Poland; each region links to its unit. */
    static String map(String id, List<Region> regions, List<LegendClass> classes, String title, String description,
            String attribution, double strokeWidth) {
        StringBuilder svg = open(id, UnitShapes.WIDTH, UnitShapes.HEIGHT, title, description);
        int role = svg.indexOf(" role=\"img\"");
        svg.delete(role, role + " role=\"img\"".length()); // a map of links is not one image
        for (Region region : regions) {
            boolean link = region.url() != null;
            if (link) {
                svg.append("<a href=\"").append(escape(region.url())).append("\" aria-label=\"")
                        .append(escape(region.label())).append("\">");
            }
            svg.append("<path d=\"").append(escape(region.path())).append("\" fill=\"").append(colour(region.value(), classes))
                    .append("\" stroke=\"#555\" stroke-width=\"").append(fmt(strokeWidth)).append("\">");
            svg.append("<title>").append(escape(region.label())).append("</title></path>");
            if (link) {
                svg.append("</a>");
            }
        }
        if (attribution != null) {
            svg.append(text(UnitShapes.WIDTH - 6, UnitShapes.HEIGHT - 6, "end", attribution, 11));
        }
        return close(svg);
    }

    // --- helpers ----------------------------------------------------------------------------------

    static NumberFormat format(Locale locale, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format;
    }

    /** About five round tick values covering [min, max]. */
    static double[] ticks(double min, double max) {
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double range = max - min;
        double rough = range / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude;
        for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (m * magnitude >= rough) {
                step = m * magnitude;
                break;
            }
        }
        double start = Math.floor(min / step) * step;
        double end = Math.ceil(max / step) * step;
        int n = (int) Math.round((end - start) / step) + 1;
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = start + i * step;
        }
        return ticks;
    }

    private static StringBuilder open(String rawId, int width, int height, String title, String description) {
        String id = escape(rawId);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"sans-serif\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, int y, Labels labels) {
        svg.append(line(20, y, 44, y, UNIT_COLOUR, 3)).append(text(50, y + 4, "start", labels.unitLabel(), 12));
        svg.append("<line x1=\"230\" y1=\"").append(y).append("\" x2=\"254\" y2=\"").append(y).append("\" stroke=\"")
                .append(MEDIAN_COLOUR).append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
                .append(text(260, y + 4, "start", labels.medianLabel(), 12));
        svg.append("<rect x=\"400\" y=\"").append(y - 6).append("\" width=\"24\" height=\"12\" fill=\"")
                .append(BAND_COLOUR).append("\"/>").append(text(430, y + 4, "start", labels.bandLabel(), 12));
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + fmt(width) + "\"/>";
    }

    private static String circle(double x, double y, double r, String colour) {
        return "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"" + fmt(r) + "\" fill=\"" + colour + "\"/>";
    }

    private static String text(double x, double y, String anchor, String text, int size) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\" fill=\"#222\">" + escape(text) + "</text>";
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
