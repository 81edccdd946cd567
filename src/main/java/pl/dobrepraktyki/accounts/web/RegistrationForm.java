package pl.dobrepraktyki.accounts.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import pl.dobrepraktyki.accounts.PasswordPolicy;

/** What an official types to register. */
class RegistrationForm {

    @NotBlank(message = "{accounts.register.displayName.required}")
    @Size(max = 200, message = "{accounts.register.displayName.tooLong}")
    private String displayName;

    @NotBlank(message = "{accounts.register.email.required}")
    @Email(message = "{accounts.register.email.invalid}")
    @Size(max = 254, message = "{accounts.register.email.invalid}")
    private String email;

    /** The unit's TERYT code, or its name: a name is resolved to a code before registering. */
    @NotBlank(message = "{accounts.register.unit.required}")
    @Size(max = 100, message = "{accounts.register.unit.noMatch}")
    private String unitTeryt;

    @Size(max = 200, message = "{accounts.register.jobTitle.tooLong}")
    private String jobTitle;

    @NotBlank(message = "{accounts.password.tooShort}")
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{accounts.password.length}")
    private String password;

    private String passwordRepeat;

    @AssertTrue(message = "{accounts.register.consent.required}")
    private boolean consent;

    @AssertTrue(message = "{accounts.password.mismatch}")
    public boolean isPasswordRepeated() {
        return password == null || password.equals(passwordRepeat);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUnitTeryt() {
        return unitTeryt;
    }

    public void setUnitTeryt(String unitTeryt) {
        this.unitTeryt = unitTeryt;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
