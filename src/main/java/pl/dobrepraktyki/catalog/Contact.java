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

    /**
     * Whether {@code address} is this contact's e-mail: the same characters, ignoring spaces around and
     * the case of the letters A–Z only. No Unicode case folding, so that no other address (with a Kelvin
     * sign "K" or a dotless "ı", say) is taken for this one when a person's data are withdrawn or erased.
     */
    public boolean hasEmail(String address) {
        return email != null && address != null && asciiLowerCase(email.strip()).equals(asciiLowerCase(address.strip()));
    }

    private static String asciiLowerCase(String text) {
        StringBuilder lower = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }

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
