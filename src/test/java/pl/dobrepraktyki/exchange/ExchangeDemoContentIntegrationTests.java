package pl.dobrepraktyki.exchange;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demonstration group: members, past meetings with a study visit and a presentation, an upcoming one. */
@IntegrationTest
class ExchangeDemoContentIntegrationTests {

    @Autowired
    ExchangeDemoContent demo;

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    ExchangeReports reports;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void theDemonstrationGroupHasMembersPastMeetingsWithMaterialsAndAnUpcomingMeeting() {
        long id = transaction.execute(status -> demo.load());

        GroupView group = groups.group(id, TestAccounts.active(context, Role.OFFICIAL));
        assertThat(group.demo()).isTrue();
        assertThat(group.name()).contains("demonstracyjne");
        assertThat(group.kind()).isEqualTo(GroupKind.RURAL_GMINAS);
        assertThat(group.units()).hasSize(6);
        assertThat(group.memberCount()).isEqualTo(3);
        assertThat(group.members()).as("only people who agreed").extracting(MemberView::name)
                .doesNotContain("Ewa Bez Zgody (demo)").hasSize(2);
        assertThat(group.meetings()).hasSize(3).allMatch(MeetingSummary::demo);
        assertThat(group.meetings()).filteredOn(m -> m.startsAt().isBefore(meetings.now())).hasSize(2);
        assertThat(group.meetings()).filteredOn(m -> m.startsAt().isAfter(meetings.now())).hasSize(1);

        MeetingView first = meetings.meeting(group.meetings().get(0).id(), null);
        assertThat(first.studyVisits()).isNotEmpty();
        assertThat(first.materials()).extracting(MaterialView::contentType).containsExactly("application/pdf");
        assertThat(reports.forGroup(id).participants()).isEqualTo(8);
        assertThat(reports.forGroup(id).inSeveralComponents()).as("three took part in the workshop too").isEqualTo(3);
    }
}
