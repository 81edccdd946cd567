package pl.dobrepraktyki.exchange;

/** A person a moderator adds to a group; {@code contactConsent} as the person declared it. */
public record MemberParams(String email, String name, String position, String phone, String unitTeryt,
        String roleInGroup, boolean contactConsent) {

    public MemberParams {
        email = ExchangeTexts.clean(email);
        email = email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
        name = ExchangeTexts.clean(name);
        position = ExchangeTexts.clean(position);
        phone = ExchangeTexts.clean(phone);
        unitTeryt = ExchangeTexts.clean(unitTeryt);
        roleInGroup = ExchangeTexts.clean(roleInGroup);
    }
}
