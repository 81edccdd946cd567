package pl.dobrepraktyki.exchange;

import java.util.List;

/**
 * A meeting as one person may see it: {@code registrations} (personal data) only for the people
 * who manage it; {@code mine} is the person's own registration.
 */
public record MeetingView(MeetingSummary summary, String agenda, String minutes, String programmeCode,
        List<StudyVisit> studyVisits, List<MaterialView> materials, List<Views.PracticeRef> presented,
        long waiting, RegistrationView mine, List<RegistrationView> registrations, boolean canManage,
        boolean canRegister, boolean past, long version) {
}
