package pl.dobrepraktyki.strategy.web;

import java.math.BigDecimal;

/** Parsing of the numbers people type into the strategy forms. */
final class Years {

    private Years() {
    }

    /** A year between {@value StrategyForm#MIN_YEAR} and {@value StrategyForm#MAX_YEAR}, or {@code null}. */
    static Integer parse(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(text.strip());
        return year < StrategyForm.MIN_YEAR || year > StrategyForm.MAX_YEAR ? null : year;
    }

    /** A finite number, with a decimal comma or point and optional spaces between thousands, or {@code null}. */
    static Double number(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (!s.matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
            return null;
        }
        return new BigDecimal(s).doubleValue();
    }
}
