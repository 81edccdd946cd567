package pl.dobrepraktyki.exchange;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.accounts.AccountView;
import pl.dobrepraktyki.accounts.Role;

/** Who is asking, as the exchange module's data-level checks see it. */
record ExchangeUser(String email, String displayName, String unitTeryt, boolean official, boolean moderator,
        boolean admin) {

    static final ExchangeUser ANONYMOUS = new ExchangeUser(null, null, null, false, false, false);

    static ExchangeUser of(AccountService accounts, String actor) {
        if (actor == null) {
            return ANONYMOUS;
        }
        return accounts.findByEmail(actor).map(ExchangeUser::of)
                .orElse(new ExchangeUser(actor, actor, null, false, false, false));
    }

    static ExchangeUser of(AccountView a) {
        return new ExchangeUser(a.email(), a.displayName(), a.unitTeryt(), a.roles().contains(Role.OFFICIAL),
                a.roles().contains(Role.MODERATOR), a.roles().contains(Role.ADMIN));
    }

    boolean loggedIn() {
        return email != null;
    }

    /** Moderators of the group and administrators manage a group and its meetings. */
    boolean manages(ExchangeGroup group) {
        return admin || (moderator && group.isModerator(email));
    }

    /** A standalone meeting is managed by its organiser (a moderator) and administrators. */
    boolean organises(Meeting meeting) {
        return admin || (moderator && email.equals(meeting.getOrganiser()));
    }
}
