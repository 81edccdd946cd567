package pl.dobrepraktyki.exchange;

import java.time.Instant;

/** A registration (personal data: only for the meeting's moderators and the person). */
public record RegistrationView(long id, long meetingId, String email, String displayName, String unitTeryt,
        String unitName, RegistrationStatus status, Instant registeredAt, boolean attended) {
}
