package io.github.jointstatements.core;

/** Where an event stands relative to the date of the statement that mentions it. */
public enum EventStatus {
    /** Held on or before the statement's date. */
    HELD,
    /** Proposed, scheduled or to be held after the statement's date. */
    PLANNED,
    /** The text does not tell. */
    UNKNOWN
}
