package pl.dobrepraktyki.exchange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AccountErased;
import pl.dobrepraktyki.accounts.ContactConsentWithdrawn;
import pl.dobrepraktyki.accounts.PersonalDataContributor;

/**
 * The exchange module's part of the GDPR tools: group memberships, meeting registrations (with
 * attendance), moderated groups, organised meetings and uploaded materials of a person. Withdrawing
 * consent hides their contact details in every group at once; erasure deletes their memberships and
 * registrations (attendance stays as an anonymous count, see {@link ExchangeReports}), removes them from
 * the moderators and puts the pseudonym where a record names them as its creator or organiser.
 */
@Component
class ExchangePersonalData implements PersonalDataContributor {

    private final GroupMemberRepository members;
    private final RegistrationRepository registrations;
    private final ExchangeGroupRepository groups;
    private final MeetingRepository meetings;
    private final MeetingService meetingService;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    ExchangePersonalData(GroupMemberRepository members, RegistrationRepository registrations,
            ExchangeGroupRepository groups, MeetingRepository meetings, MeetingService meetingService,
            EntityManager entityManager, JdbcClient jdbc) {
        this.members = members;
        this.registrations = registrations;
        this.groups = groups;
        this.meetings = meetings;
        this.meetingService = meetingService;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    record MembershipData(long groupId, String groupName, String name, String position, String email, String phone,
            String unitTeryt, String roleInGroup, boolean contactConsent) {
    }

    record RegistrationData(long meetingId, String meetingTitle, LocalDateTime startsAt, String displayName,
            String unitTeryt, RegistrationStatus status, Instant registeredAt, boolean attended) {
    }

    @Override
    public String section() {
        return "exchange";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String email) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("groupMemberships", members.findByEmailOrderByAddedAtAsc(email).stream().map(m -> {
            MemberView v = m.view(null);
            return new MembershipData(v.groupId(), groups.findById(v.groupId()).map(ExchangeGroup::getName).orElse(null),
                    v.name(), v.position(), v.email(), v.phone(), v.unitTeryt(), v.roleInGroup(), v.contactConsent());
        }).toList());
        data.put("meetingRegistrations", registrations.findByEmailOrderByRegisteredAtAsc(email).stream().map(r -> {
            Meeting meeting = meetings.findById(r.getMeetingId()).orElse(null);
            return new RegistrationData(r.getMeetingId(), meeting == null ? null : meeting.getTitle(),
                    meeting == null ? null : meeting.getStartsAt(), r.getDisplayName(), r.getUnitTeryt(),
                    r.getStatus(), r.getRegisteredAt(), r.isAttended());
        }).toList());
        data.put("moderatedGroups", jdbc.sql("select g.name from exchange_group g join exchange_group_moderator m"
                + " on m.group_id = g.id where m.email = :email order by g.id").param("email", email)
                .query(String.class).list());
        data.put("organisedMeetings", jdbc.sql("select title from meeting where organiser = :email order by id")
                .param("email", email).query(String.class).list());
        data.put("materialsUploaded", jdbc.sql("select file_name from meeting_material where uploaded_by = :email"
                + " order by id").param("email", email).query(String.class).list());
        return data;
    }

    @EventListener
    @Transactional
    void on(ContactConsentWithdrawn event) {
        members.findByEmailOrderByAddedAtAsc(event.email()).forEach(m -> m.consent(false));
    }

    @EventListener
    @Transactional
    void on(AccountErased event) {
        members.deleteAll(members.findByEmailOrderByAddedAtAsc(event.email()));
        meetingService.erasePerson(event.email(), "erased-" + UUID.randomUUID());
        for (String update : List.of(
                "update ExchangeGroup g set g.createdBy = :pseudonym where g.createdBy = :email",
                "update Meeting m set m.organiser = :pseudonym where m.organiser = :email",
                "update MeetingMaterial m set m.uploadedBy = :pseudonym where m.uploadedBy = :email")) {
            entityManager.createQuery(update).setParameter("pseudonym", event.pseudonym())
                    .setParameter("email", event.email()).executeUpdate();
        }
        entityManager.flush();
        jdbc.sql("delete from exchange_group_moderator where email = :email").param("email", event.email()).update();
    }
}
