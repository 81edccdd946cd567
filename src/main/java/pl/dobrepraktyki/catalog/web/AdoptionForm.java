package pl.dobrepraktyki.catalog.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import pl.dobrepraktyki.catalog.AdoptionKind;
import pl.dobrepraktyki.catalog.AdoptionRequest;

/** An official's record that their unit took over a practice. */
public class AdoptionForm {

    private AdoptionKind kind;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate adoptedOn;
    private String note;

    AdoptionRequest toRequest() {
        return new AdoptionRequest(kind, note, adoptedOn);
    }

    public AdoptionKind getKind() {
        return kind;
    }

    public void setKind(AdoptionKind kind) {
        this.kind = kind;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
