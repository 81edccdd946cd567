package pl.dobrepraktyki.alerts;

/** A search someone saved from {@code /szukaj}, or a follow (one filter, a generated name). */
public enum SavedSearchKind { SEARCH, FOLLOW }
