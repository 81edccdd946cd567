package pl.dobrepraktyki.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AccountErased;
import pl.dobrepraktyki.accounts.ContactConsentWithdrawn;
import pl.dobrepraktyki.accounts.PersonalDataContributor;

/**
 * The catalog's part of the GDPR tools. A person is a practice's contact person when the practice's
 * contact e-mail is their address (any letter case); they are its author, submitter, verifier or last
 * editor by their login. Withdrawing consent unpublishes the contact data of every such practice; erasure
 * removes them (also from the kept versions) and puts the pseudonym where the address was. The search
 * index follows the practices by itself (the contact person is indexed only with consent).
 */
@Component
class CatalogPersonalData implements PersonalDataContributor {

    private final PracticeRepository practices;
    private final PracticeVersionRepository versions;
    private final EntityManager entityManager;

    CatalogPersonalData(PracticeRepository practices, PracticeVersionRepository versions,
            EntityManager entityManager) {
        this.practices = practices;
        this.versions = versions;
        this.entityManager = entityManager;
    }

    /** The person as a practice's contact: what is stored and whether it may be published. */
    record ContactData(long practiceId, String practiceTitle, PracticeStatus status, String name, String position,
            String email, String phone, boolean consent, LocalDate lastConfirmed) {
    }

    /** A practice the person worked on, and how (author, submitter, verifier, last editor). */
    record PracticeData(long practiceId, String title, PracticeStatus status, List<String> roles) {
    }

    @Override
    public String section() {
        return "catalog";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String email) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contactPerson", practices.findByContactEmail(lower(email)).stream()
                .map(p -> {
                    Contact c = p.content().contact();
                    return new ContactData(p.getId(), p.getTitle(), p.getStatus(), c.name(), c.position(), c.email(),
                            c.phone(), c.consent(), c.lastConfirmed());
                }).toList());
        data.put("practices", practices.findByPerson(email).stream()
                .map(p -> new PracticeData(p.getId(), p.getTitle(), p.getStatus(), roles(p, email))).toList());
        data.put("attachmentsUploaded", entityManager.createQuery(
                "select a.fileName from Attachment a where a.uploadedBy = :email order by a.id", String.class)
                .setParameter("email", email).getResultList());
        return data;
    }

    @EventListener
    @Transactional
    void on(ContactConsentWithdrawn event) {
        practices.findByContactEmail(lower(event.email())).forEach(Practice::withdrawContactConsent);
    }

    @EventListener
    @Transactional
    void on(AccountErased event) {
        List<Practice> touched = new ArrayList<>(practices.findByContactEmail(lower(event.email())));
        practices.findByPerson(event.email()).stream().filter(p -> !touched.contains(p)).forEach(touched::add);
        touched.forEach(p -> p.erasePerson(event.email(), event.pseudonym()));
        versions.mentioning(lower(event.email())).forEach(v -> v.erasePerson(event.email(), event.pseudonym()));
        for (String update : List.of("update Attachment a set a.uploadedBy = :pseudonym where a.uploadedBy = :email",
                "update Adoption a set a.recordedBy = :pseudonym where a.recordedBy = :email")) {
            entityManager.createQuery(update).setParameter("pseudonym", event.pseudonym())
                    .setParameter("email", event.email()).executeUpdate();
        }
    }

    private static List<String> roles(Practice p, String email) {
        List<String> roles = new ArrayList<>();
        if (email.equals(p.getCreatedBy())) {
            roles.add("author");
        }
        if (email.equals(p.getSubmittedBy())) {
            roles.add("submitter");
        }
        if (email.equals(p.getVerifiedBy())) {
            roles.add("verifier");
        }
        if (email.equals(p.getUpdatedBy())) {
            roles.add("lastEditor");
        }
        return roles;
    }

    private static String lower(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
