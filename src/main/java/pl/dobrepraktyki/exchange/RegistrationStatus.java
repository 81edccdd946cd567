package pl.dobrepraktyki.exchange;

/** A registration holds a place, waits for one (in the order of registration), or was cancelled. */
public enum RegistrationStatus {
    REGISTERED, WAITING, CANCELLED
}
