package pl.dobrepraktyki.strategy.web;


import pl.dobrepraktyki.strategy.StrategyMonitor;
import pl.dobrepraktyki.system.csv.SpreadsheetCells;

/**
 * The strategy's data as CSV (semicolons, a point as decimal separator): per goal (a strategic goal, and for an
 * operational goal's indicators also the operational goal, else an empty cell) and indicator, per year the
 * unit's value, the path value and the peer group's quartiles, with the target and the status. Text a
 * spreadsheet would run as a formula is prefixed with an apostrophe.
 */
final class StrategyCsv {

    static final String HEADER = "goal;operational_goal;indicator;year;unit_value;path_value;peer_q1;peer_median;peer_q3;"
            + "baseline_year;baseline_value;target_year;target_value;status";

    private StrategyCsv() {
    }

    static String of(StrategyMonitor.StrategyProgress progress) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (StrategyMonitor.GoalProgress goal : progress.goals()) {
            rows(csv, goal.goal().title(), "", goal);
            for (StrategyMonitor.GoalProgress operational : goal.operational()) {
                rows(csv, goal.goal().title(), operational.goal().title(), operational);
            }
        }
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String goalTitle, String operationalTitle,
            StrategyMonitor.GoalProgress goal) {
            for (StrategyMonitor.TargetProgress t : goal.targets()) {
                for (StrategyMonitor.Row r : t.rows()) {
                    csv.append(cell(goalTitle)).append(';').append(cell(operationalTitle)).append(';')
                            .append(cell(t.indicator().code())).append(';')
                            .append(r.year()).append(';').append(num(r.value())).append(';').append(num(r.path()))
                            .append(';').append(num(r.peers() == null ? null : r.peers().q1())).append(';')
                            .append(num(r.peers() == null ? null : r.peers().median())).append(';')
                            .append(num(r.peers() == null ? null : r.peers().q3())).append(';')
                            .append(t.target().baselineYear()).append(';').append(num(t.target().baselineValue()))
                            .append(';').append(t.target().targetYear()).append(';')
                            .append(num(t.target().targetValue())).append(';').append(t.status()).append("\r\n");
                }
            }
    }

    static String num(Double value) {
        if (value == null) {
            return "";
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String cell(String text) {
        String t = SpreadsheetCells.defused(text);
        if (t.contains(";") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            t = "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }
}
