package pl.dobrepraktyki.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import pl.dobrepraktyki.catalog.Contact;
import pl.dobrepraktyki.catalog.Link;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeSummary;
import pl.dobrepraktyki.catalog.Result;
import pl.dobrepraktyki.localgov.SizeCategory;
import pl.dobrepraktyki.localgov.UnitKind;

/**
 * A public practice with every part of the methodology. Taxonomy values are stable codes; units are
 * TERYT codes with their names. The contact person appears only when they consented to publication.
 */
record PracticeResponse(long id, String status, String title, String summary, UnitRef leadUnit,
        List<UnitRef> partnerUnits, List<String> partnerOrganisations, String section, List<String> areas,
        List<String> types, List<String> keywords, Integer startYear, LocalDate startDate, LocalDate endDate,
        boolean ongoing, String problem, String goals, String solution, Resources resources, List<Result> results,
        String resultsText, String lessons, Transferability transferability, ContactPerson contact,
        List<Link> links, String source, String fundingProject, LocalDate lastVerified,
        List<AttachmentRef> attachments) {

    record UnitRef(String teryt, String name) {
    }

    record Resources(BigDecimal costPln, String fundingSources, String people, String timeNeeded) {
    }

    record Transferability(String conditions, List<UnitKind> unitKinds, List<SizeCategory> sizeCategories) {
    }

    record ContactPerson(String name, String position, String email, String phone, LocalDate lastConfirmed) {

        static ContactPerson of(Contact contact) {
            return contact.consent() && !contact.isEmpty() ? new ContactPerson(contact.name(), contact.position(),
                    contact.email(), contact.phone(), contact.lastConfirmed()) : null;
        }
    }

    record AttachmentRef(long id, String fileName, String contentType, long sizeBytes, String url) {
    }

    static PracticeResponse of(PracticeSnapshot snapshot, Function<String, UnitRef> units,
            List<AttachmentRef> attachments) {
        PracticeContent c = snapshot.content();
        return new PracticeResponse(snapshot.practiceId(), snapshot.status().name(), c.title(), c.summary(),
                units.apply(c.leadUnitTeryt()), c.partnerUnitTeryts().stream().map(units).toList(),
                c.partnerOrganisations(), c.section(), c.areas(), c.types(), c.keywords(), c.startYear(),
                c.startDate(), c.endDate(), c.ongoing(), c.problem(), c.goals(), c.solution(),
                new Resources(c.costPln(), c.fundingSources(), c.people(), c.timeNeeded()), c.results(),
                c.resultsText(), c.lessons(),
                new Transferability(c.transferConditions(), c.transferUnitKinds(), c.transferSizeCategories()),
                ContactPerson.of(c.contact()), c.links(), c.source(), c.fundingProject(), snapshot.lastVerified(),
                attachments);
    }

    /** A practice in a list. */
    record Item(long id, String title, String summary, UnitRef leadUnit, String section, String status,
            LocalDate lastVerified, String url) {

        static Item of(PracticeSummary s) {
            return new Item(s.id(), s.title(), s.summary(), new UnitRef(s.leadUnitTeryt(), s.leadUnitName()),
                    s.sectionCode(), s.status().name(), s.lastVerified(), "/api/v1/practices/" + s.id());
        }
    }
}
