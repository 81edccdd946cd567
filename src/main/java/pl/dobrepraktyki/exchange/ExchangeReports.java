package pl.dobrepraktyki.exchange;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.strategy.StrategyService;

/** Participation reports per group and per programme (plain SQL over meetings and attendance), and their CSV. */
@Service
@Transactional(readOnly = true)
public class ExchangeReports {

    private static final String COMPONENT = "case when m.group_id is not null then 'GROUPS' else m.kind end";
    /**
     * Who attended which meeting: recorded attendance, and the attendance of people whose data were erased
     * (kept as a random key per person, so they still count once).
     */
    static final String ATTENDANCE = "(select meeting_id, email as person, unit_teryt from meeting_registration"
            + " where attended = true union all select meeting_id, person_key, unit_teryt"
            + " from meeting_erased_attendance)";

    private final JdbcClient jdbc;
    private final GroupService groups;
    private final StrategyService strategies;
    private final Clock clock;

    ExchangeReports(JdbcClient jdbc, GroupService groups, StrategyService strategies, Clock clock) {
        this.jdbc = jdbc;
        this.strategies = strategies;
        this.groups = groups;
        this.clock = clock;
    }

    public ExchangeReport forGroup(long groupId) {
        GroupView group = groups.group(groupId, null);
        String programme = group.programmeCode();
        String scope = "m.group_id = :scope";
        long several = jdbc.sql("select count(distinct r.person) from " + ATTENDANCE + " r join meeting m"
                + " on m.id = r.meeting_id where " + scope
                + " and exists (select 1 from " + ATTENDANCE + " r2 join meeting m2 on m2.id = r2.meeting_id"
                + " where r2.person = r.person and m2.group_id is null"
                + (programme == null ? "" : " and m2.programme_code = :programme") + ")")
                .param("scope", groupId).params(programme == null ? java.util.Map.of()
                        : java.util.Map.of("programme", programme))
                .query(Long.class).single();
        return report(group.name(), scope, groupId, several);
    }

    /**
     * For a strategic-management workshop cycle, its member units' strategies as the person (e-mail, or null for
     * an anonymous visitor) may see them; empty for any other group.
     */
    public java.util.Optional<StrategyWorkshopReport> strategies(GroupView group, String actor) {
        if (!group.strategyWorkshop()) {
            return java.util.Optional.empty();
        }
        var summaries = strategies.summaries(group.units().stream().map(Views.UnitRef::teryt).toList(),
                strategies.viewer(actor));
        List<StrategyWorkshopReport.UnitRow> rows = new ArrayList<>();
        long on = 0;
        long off = 0;
        for (Views.UnitRef unit : group.units()) {
            StrategyService.UnitStrategy s = summaries.get(unit.teryt());
            if (s == null) {
                rows.add(new StrategyWorkshopReport.UnitRow(unit.teryt(), unit.name(), false, false, null, null, null));
                continue;
            }
            on += s.goalsOnTrack();
            off += s.goalsOffTrack();
            rows.add(s.readable()
                    ? new StrategyWorkshopReport.UnitRow(unit.teryt(), unit.name(), true, true, s.goals(),
                            s.goalsOnTrack(), s.goalsOffTrack())
                    : new StrategyWorkshopReport.UnitRow(unit.teryt(), unit.name(), true, false, null, null, null));
        }
        return java.util.Optional.of(new StrategyWorkshopReport(rows, summaries.size(), on, off));
    }

    public ExchangeReport forProgramme(String programmeCode) {
        String scope = "m.programme_code = :scope";
        long several = jdbc.sql("select count(*) from (select r.person from " + ATTENDANCE + " r join meeting m"
                + " on m.id = r.meeting_id where " + scope + " group by r.person"
                + " having count(distinct " + COMPONENT + ") > 1) x")
                .param("scope", programmeCode).query(Long.class).single();
        return report(programmeCode, scope, programmeCode, several);
    }

    /** The programmes (funding projects) that have meetings, by code. */
    public List<String> programmes() {
        return jdbc.sql("select distinct programme_code from meeting where programme_code is not null"
                + " order by programme_code").query(String.class).list();
    }

    /** The group reports of a programme's groups, then the programme's total. */
    public List<ExchangeReport> programmeWithGroups(String programmeCode) {
        List<ExchangeReport> rows = new ArrayList<>();
        for (GroupSummary g : groups.groups()) {
            if (programmeCode.equals(g.programmeCode())) {
                rows.add(forGroup(g.id()));
            }
        }
        rows.add(forProgramme(programmeCode));
        return rows;
    }

    private ExchangeReport report(String name, String scope, Object value, long several) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), MeetingService.ZONE);
        long meetings = count("select count(*) from meeting m where " + scope, value, null);
        long held = count("select count(*) from meeting m where " + scope + " and m.starts_at < :now", value, now);
        String attended = " from " + ATTENDANCE + " r join meeting m on m.id = r.meeting_id where ";
        long participants = count("select count(distinct r.person)" + attended + scope, value, null);
        long units = count("select count(distinct r.unit_teryt)" + attended + scope, value, null);
        long practices = count("select count(distinct p.practice_id) from meeting_practice p join meeting m"
                + " on m.id = p.meeting_id where " + scope, value, null);
        return new ExchangeReport(name, meetings, held, participants, units, several, practices);
    }

    private long count(String sql, Object scope, LocalDateTime now) {
        var spec = jdbc.sql(sql).param("scope", scope);
        if (now != null) {
            spec = spec.param("now", now);
        }
        return spec.query(Long.class).single();
    }

    /** The rows as CSV (semicolon-separated, UTF-8 with a header; cells that a spreadsheet would run are neutralised). */
    public static String csv(List<ExchangeReport> rows, List<String> header) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(";", header.stream().map(ExchangeReports::cell).toList())).append("\r\n");
        for (ExchangeReport r : rows) {
            out.append(cell(r.scope())).append(';').append(r.meetings()).append(';').append(r.heldMeetings())
                    .append(';').append(r.participants()).append(';').append(r.units()).append(';')
                    .append(r.inSeveralComponents()).append(';').append(r.practices()).append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
