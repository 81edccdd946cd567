package pl.dobrepraktyki.editorial;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import pl.dobrepraktyki.catalog.PracticeStatus;

/**
 * What an editor (or the re-verification job) does to a practice. Stored by name in the review
 * log; never rename. {@link #allowedFrom()} mirrors the catalog's workflow so that the review page
 * offers only the steps the practice allows (the catalog still refuses any other).
 */
public enum ReviewAction {
    REQUEST_CHANGES(true, EnumSet.of(PracticeStatus.SUBMITTED)),
    PUBLISH(false, EnumSet.of(PracticeStatus.SUBMITTED)),
    REJECT(true, EnumSet.of(PracticeStatus.SUBMITTED, PracticeStatus.CHANGES_REQUESTED)),
    VERIFY(false, EnumSet.of(PracticeStatus.PUBLISHED, PracticeStatus.REVERIFICATION_DUE)),
    ARCHIVE(false, EnumSet.of(PracticeStatus.PUBLISHED, PracticeStatus.REVERIFICATION_DUE)),
    /** The scheduled job; never offered on the review page. */
    MARK_REVERIFICATION_DUE(false, EnumSet.noneOf(PracticeStatus.class));

    /** The editor actions, in the order the review page shows them. */
    public static final Set<ReviewAction> EDITOR_ACTIONS = EnumSet.of(REQUEST_CHANGES, PUBLISH, REJECT, VERIFY,
            ARCHIVE);

    private final boolean noteRequired;
    private final Set<PracticeStatus> allowedFrom;

    ReviewAction(boolean noteRequired, Set<PracticeStatus> allowedFrom) {
        this.noteRequired = noteRequired;
        this.allowedFrom = allowedFrom;
    }

    /** True when the editor has to write a note (request for changes, reason for a rejection). */
    public boolean isNoteRequired() {
        return noteRequired;
    }

    public Set<PracticeStatus> allowedFrom() {
        return allowedFrom;
    }

    public boolean isAllowedFrom(PracticeStatus status) {
        return allowedFrom.contains(status);
    }

    /** Message key of the action's name, e.g. {@code editorial.action.publish}. */
    public String messageKey() {
        return "editorial.action." + key();
    }

    /** The last segment of the action's address under {@code /redakcja/praktyki/{id}/}. */
    public String path() {
        return switch (this) {
            case REQUEST_CHANGES -> "zmiany";
            case PUBLISH -> "publikuj";
            case REJECT -> "odrzuc";
            case VERIFY -> "weryfikuj";
            case ARCHIVE -> "archiwizuj";
            case MARK_REVERIFICATION_DUE -> "";
        };
    }

    /** The action in message keys and element ids: {@code request_changes} → {@code requestChanges}. */
    public String key() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
