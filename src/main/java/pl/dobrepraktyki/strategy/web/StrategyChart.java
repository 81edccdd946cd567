package pl.dobrepraktyki.strategy.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import pl.dobrepraktyki.strategy.StrategyMonitor;

/**
 * A server-side SVG line chart of one indicator of a strategy: the unit's values, the path from baseline to
 * target (dashed) and the peer group's median (dotted). {@code role="img"} with a title and a description;
 * the page shows the same data as a table next to it.
 */
final class StrategyChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 80;
    static final int RIGHT = 20;
    static final int TOP = 20;
    static final int BOTTOM = 60;

    record Labels(String unit, String path, String median) {
    }

    private StrategyChart() {
    }

    static String svg(StrategyMonitor.TargetProgress progress, Locale locale, Labels labels) {
        String id = "chart-" + progress.target().id();
        List<StrategyMonitor.Row> rows = progress.rows();
        int fromYear = progress.target().baselineYear();
        int toYear = Math.max(progress.target().targetYear(),
                rows.isEmpty() ? fromYear : rows.get(rows.size() - 1).year());
        List<Double> all = new ArrayList<>();
        all.add(progress.target().baselineValue());
        all.add(progress.target().targetValue());
        for (StrategyMonitor.Row r : rows) {
            if (r.value() != null) {
                all.add(r.value());
            }
            if (r.peers() != null) {
                all.add(r.peers().median());
            }
        }
        double min = all.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (max <= min) {
            max = min + 1;
        }
        double pad = (max - min) * 0.1;
        double lo = min - pad;
        double hi = max + pad;
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(progress.indicator().decimals());
        String title = progress.indicator().name(locale);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"100%\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\"><title id=\"").append(id).append("-title\">").append(escape(title))
                .append("</title><desc id=\"").append(id).append("-desc\">")
                .append(escape(labels.unit() + "; " + labels.path() + "; " + labels.median())).append("</desc>");
        // axes with the lowest and highest value and the first and last year
        svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#555", 1, null));
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#555", 1, null));
        svg.append(text(LEFT - 6, y(hi, lo, hi) + 4, "end", format.format(hi)));
        svg.append(text(LEFT - 6, y(lo, lo, hi) + 4, "end", format.format(lo)));
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(List.of(fromYear, toYear));
        rows.forEach(r -> years.add(r.year()));
        for (int year : years) {
            svg.append(text(x(year, fromYear, toYear), HEIGHT - BOTTOM + 18, "middle", String.valueOf(year)));
        }
        // the path from baseline to target
        svg.append(line(x(fromYear, fromYear, toYear), y(progress.target().baselineValue(), lo, hi),
                x(progress.target().targetYear(), fromYear, toYear), y(progress.target().targetValue(), lo, hi),
                "#08306b", 2, "6 4"));
        // the peer group's median and the unit's values
        svg.append(polyline(rows, true, fromYear, toYear, lo, hi, "#6a6a6a", "2 3"));
        svg.append(polyline(rows, false, fromYear, toYear, lo, hi, "#b30000", null));
        for (StrategyMonitor.Row r : rows) {
            if (r.value() != null) {
                svg.append("<circle cx=\"").append(fmt(x(r.year(), fromYear, toYear))).append("\" cy=\"")
                        .append(fmt(y(r.value(), lo, hi))).append("\" r=\"4\" fill=\"#b30000\"/>");
            }
        }
        // legend
        int ly = HEIGHT - 18;
        svg.append(line(LEFT, ly, LEFT + 24, ly, "#b30000", 2, null)).append(text(LEFT + 30, ly + 4, "start", labels.unit()));
        svg.append(line(LEFT + 190, ly, LEFT + 214, ly, "#08306b", 2, "6 4"))
                .append(text(LEFT + 220, ly + 4, "start", labels.path()));
        svg.append(line(LEFT + 380, ly, LEFT + 404, ly, "#6a6a6a", 2, "2 3"))
                .append(text(LEFT + 410, ly + 4, "start", labels.median()));
        return svg.append("</svg>").toString();
    }

    private static String polyline(List<StrategyMonitor.Row> rows, boolean median, int fromYear, int toYear,
            double lo, double hi, String colour, String dash) {
        StringBuilder points = new StringBuilder();
        for (StrategyMonitor.Row r : rows) {
            Double v = median ? (r.peers() == null ? null : r.peers().median()) : r.value();
            if (v != null) {
                points.append(fmt(x(r.year(), fromYear, toYear))).append(',').append(fmt(y(v, lo, hi))).append(' ');
            }
        }
        if (points.isEmpty()) {
            return "";
        }
        return "<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + " points=\"" + points.toString().strip()
                + "\"/>";
    }

    private static double x(int year, int fromYear, int toYear) {
        double span = Math.max(1, toYear - fromYear);
        return LEFT + (year - fromYear) / span * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double value, double lo, double hi) {
        return TOP + (hi - value) / (hi - lo) * (HEIGHT - TOP - BOTTOM);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + fmt(width) + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String anchor, String text) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"12\" fill=\"#222\">" + escape(text) + "</text>";
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
