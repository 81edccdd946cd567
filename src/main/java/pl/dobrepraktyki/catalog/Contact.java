package pl.dobrepraktyki.catalog;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The contact person of a practice (personal data): shown publicly only with {@code consent};
 * {@code lastConfirmed} is the day someone last confirmed the data are current.
 */
@Embeddable
public record Contact(@Column(name = "contact_name") String name, @Column(name = "contact_position") String position,
        @Column(name = "contact_email") String email, @Column(name = "contact_phone") String phone,
        @Column(name = "contact_consent") boolean consent,
        @Column(name = "contact_last_confirmed") LocalDate lastConfirmed) {

    public static final Contact NONE = new Contact(null, null, null, null, false, null);

    public Contact {
        name = Texts.clean(name);
        position = Texts.clean(position);
        email = Texts.clean(email);
        phone = Texts.clean(phone);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return name == null && position == null && email == null && phone == null;
    }

    /** The same person data without the consent to publish them. */
    public Contact withoutConsent() {
        return new Contact(name, position, email, phone, false, lastConfirmed);
    }

    /** The same person data confirmed on the given day. */
    public Contact confirmedOn(LocalDate day) {
        return new Contact(name, position, email, phone, consent, day);
    }

    /** True when the person data (not the confirmation date) are the same. */
    public boolean samePersonData(Contact other) {
        return other != null && java.util.Objects.equals(name, other.name)
                && java.util.Objects.equals(position, other.position) && java.util.Objects.equals(email, other.email)
                && java.util.Objects.equals(phone, other.phone) && consent == other.consent;
    }
}
