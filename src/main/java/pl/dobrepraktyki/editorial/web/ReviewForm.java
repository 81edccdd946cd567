package pl.dobrepraktyki.editorial.web;

/**
 * A review action as the page posts it: the version the editor saw and, for a request for changes
 * or a rejection, the note.
 */
class ReviewForm {

    static final int MAX_NOTE = 5000;

    private Long version;
    private String note;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
