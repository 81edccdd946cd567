package pl.dobrepraktyki.newsletter;

import java.time.Instant;

/** A row of {@code newsletter_subscription} as the module reads it. */
record Subscription(long id, String email, Status status, String confirmTokenHash, Instant confirmTokenExpiresAt,
        Instant confirmationSentAt, String unsubscribeToken, Instant createdAt, Instant confirmedAt) {

    enum Status { PENDING, CONFIRMED }
}
