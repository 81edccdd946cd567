package pl.dobrepraktyki.exchange;

import java.time.LocalDateTime;

/** A person on a meeting's waiting list got a place because someone cancelled. */
record PlaceOffered(long meetingId, String email, String title, LocalDateTime startsAt) {
}
