package pl.dobrepraktyki.exchange;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.catalog.PracticeContactView;
import pl.dobrepraktyki.catalog.PracticeService;

/**
 * "Who to ask": people of other units who work on the same areas and agreed to be shown — members
 * of exchange groups and contact persons of public practices. Only for logged-in people; nobody
 * without consent is ever in the answer.
 */
@Service
@Transactional(readOnly = true)
public class WhoToAsk {

    static final int LIMIT = 10;

    /** The people and the practice contacts to show (both empty for a visitor who is not logged in). */
    public record Answer(List<MemberView> people, List<PracticeContactView> contacts) {

        static final Answer NONE = new Answer(List.of(), List.of());

        public boolean isEmpty() {
            return people.isEmpty() && contacts.isEmpty();
        }
    }

    private final GroupService groups;
    private final PracticeService practices;
    private final AccountService accounts;

    WhoToAsk(GroupService groups, PracticeService practices, AccountService accounts) {
        this.groups = groups;
        this.practices = practices;
        this.accounts = accounts;
    }

    /** For a practice page: people outside the practice's lead unit. */
    public Answer forPractice(long practiceId, Collection<String> areas, String leadUnit, String actor) {
        if (actor == null) {
            return Answer.NONE;
        }
        return new Answer(groups.consentedMembersInAreas(areas, leadUnit, actor).stream().limit(LIMIT).toList(),
                practices.consentedContactsInAreas(areas, leadUnit).stream()
                        .filter(c -> c.practiceId() != practiceId).limit(LIMIT).toList());
    }

    /** For a group page: people outside the viewer's own unit and outside the group (its members are listed there). */
    public Answer forGroup(GroupView group, String actor) {
        if (actor == null) {
            return Answer.NONE;
        }
        String ownUnit = ExchangeUser.of(accounts, actor).unitTeryt();
        return new Answer(groups.consentedMembersInAreas(group.areas(), ownUnit, actor).stream()
                .filter(m -> m.groupId() != group.id()).limit(LIMIT).toList(),
                practices.consentedContactsInAreas(group.areas(), ownUnit).stream().limit(LIMIT).toList());
    }
}
