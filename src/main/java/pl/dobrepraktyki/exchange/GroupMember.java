package pl.dobrepraktyki.exchange;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person in a group (personal data): an official with their role in the group. Name, position,
 * e-mail and phone are shown to other logged-in people only with {@code contactConsent}.
 */
@Entity
@Table(name = "exchange_group_member")
class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long groupId;
    private String email;
    private String name;
    private String position;
    private String phone;
    private String unitTeryt;
    private String roleInGroup;
    private boolean contactConsent;
    private Instant addedAt;

    protected GroupMember() {
    }

    GroupMember(long groupId, MemberParams params, Instant now) {
        this.groupId = groupId;
        this.email = params.email();
        this.name = params.name();
        this.position = params.position();
        this.phone = params.phone();
        this.unitTeryt = params.unitTeryt();
        this.roleInGroup = params.roleInGroup();
        this.contactConsent = params.contactConsent();
        this.addedAt = now;
    }

    void consent(boolean given) {
        this.contactConsent = given;
    }

    MemberView view(String unitName) {
        return new MemberView(id, groupId, email, name, position, phone, unitTeryt, unitName, roleInGroup,
                contactConsent);
    }

    Long getId() {
        return id;
    }

    long getGroupId() {
        return groupId;
    }

    String getEmail() {
        return email;
    }

    String getUnitTeryt() {
        return unitTeryt;
    }

    boolean isContactConsent() {
        return contactConsent;
    }
}
