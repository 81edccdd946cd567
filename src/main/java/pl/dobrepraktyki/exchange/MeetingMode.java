package pl.dobrepraktyki.exchange;

/** Where people take part: in the place, online, or both. */
public enum MeetingMode {
    ON_SITE, ONLINE, HYBRID
}
