package pl.dobrepraktyki.exchange.web;

import pl.dobrepraktyki.exchange.MemberParams;

/** Adding a person to a group. */
public class MemberForm {

    private String email;
    private String name;
    private String position;
    private String phone;
    private String unitTeryt;
    private String roleInGroup;
    private boolean contactConsent;

    MemberParams toParams() {
        return new MemberParams(email, name, position, phone, unitTeryt, roleInGroup, contactConsent);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getUnitTeryt() {
        return unitTeryt;
    }

    public void setUnitTeryt(String unitTeryt) {
        this.unitTeryt = unitTeryt;
    }

    public String getRoleInGroup() {
        return roleInGroup;
    }

    public void setRoleInGroup(String roleInGroup) {
        this.roleInGroup = roleInGroup;
    }

    public boolean isContactConsent() {
        return contactConsent;
    }

    public void setContactConsent(boolean contactConsent) {
        this.contactConsent = contactConsent;
    }
}
