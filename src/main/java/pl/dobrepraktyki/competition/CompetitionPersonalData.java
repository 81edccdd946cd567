package pl.dobrepraktyki.competition;

import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AccountErased;
import pl.dobrepraktyki.accounts.ContactConsentWithdrawn;
import pl.dobrepraktyki.accounts.PersonalDataContributor;
import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.competition.internal.EntryRepository;

/**
 * The competition's part of the GDPR tools: the entries a person wrote or is the contact person of.
 * Withdrawing consent unpublishes their contact in every entry; erasure removes it and puts the
 * pseudonym where they were the author.
 */
@Component
class CompetitionPersonalData implements PersonalDataContributor {

    private final EntryRepository entries;

    CompetitionPersonalData(EntryRepository entries) {
        this.entries = entries;
    }

    /** An entry of the person: as its author and/or its contact person. */
    record EntryData(long entryId, long editionId, String title, EntryStatus status, boolean author,
            Contact contact) {
    }

    @Override
    public String section() {
        return "competition";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String email) {
        return mentioning(email).stream().map(e -> {
            Contact contact = e.getContent().contact();
            return new EntryData(e.getId(), e.getEditionId(), e.getTitle(), e.getStatus(), email.equals(e.getAuthor()),
                    isContact(contact, email) ? contact : null);
        }).toList();
    }

    @EventListener
    @Transactional
    void on(ContactConsentWithdrawn event) {
        mentioning(event.email()).forEach(e -> e.withdrawContactConsent(event.email()));
    }

    @EventListener
    @Transactional
    void on(AccountErased event) {
        mentioning(event.email()).forEach(e -> e.erasePerson(event.email(), event.pseudonym()));
    }

    /** The entries the person wrote or is the contact person of (a mention of the address elsewhere is not enough). */
    private List<Entry> mentioning(String email) {
        return entries.mentioning(email.toLowerCase(Locale.ROOT)).stream()
                .filter(e -> email.equals(e.getAuthor()) || isContact(e.getContent().contact(), email)).toList();
    }

    private static boolean isContact(Contact contact, String email) {
        return contact.hasEmail(email);
    }
}
