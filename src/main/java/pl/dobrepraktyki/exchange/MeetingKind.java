package pl.dobrepraktyki.exchange;

/** What kind of meeting. A meeting of a group is a {@code GROUP_MEETING}; the others may also stand alone. */
public enum MeetingKind {
    GROUP_MEETING, THEMATIC_MEETING, WORKSHOP, TRAINING, EXPERT_MEETING, CONFERENCE
}
