package pl.dobrepraktyki.exchange;

/**
 * Participation in a group or a programme. People and units are counted once however many meetings
 * they attended (only recorded attendance counts, not registrations). {@code inSeveralComponents}:
 * people who attended meetings of more than one component — all exchange-group meetings form one
 * component, and each kind of standalone meeting (workshop, training, …) is another (the "70 who
 * took part in both the groups and the strategic workshops" figure).
 */
public record ExchangeReport(String scope, long meetings, long heldMeetings, long participants, long units,
        long inSeveralComponents, long practices) {
}
