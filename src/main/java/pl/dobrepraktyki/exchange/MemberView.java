package pl.dobrepraktyki.exchange;

/** A person in a group (personal data: only ever given out under the consent rules of {@link GroupService}). */
public record MemberView(long id, long groupId, String email, String name, String position, String phone,
        String unitTeryt, String unitName, String roleInGroup, boolean contactConsent) {
}
