package pl.dobrepraktyki.newsletter.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The sign-up form of {@code /tygodnik}. */
class SubscribeForm {

    @NotBlank(message = "{newsletter.email.required}")
    @Email(message = "{newsletter.email.invalid}")
    @Size(max = 254, message = "{newsletter.email.invalid}")
    private String email;

    @AssertTrue(message = "{newsletter.consent.required}")
    private boolean consent;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
