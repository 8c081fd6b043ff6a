package io.github.jointstatements.core;

/** The kind of event a statement reports or schedules, from the noun that names it. */
public enum EventKind {
    /** A meeting, a ministerial, a dialogue. */
    MEETING,
    /** A summit of leaders. */
    SUMMIT,
    /** Talks, consultations, negotiations. */
    TALKS,
    /** A visit or trip. */
    VISIT,
    /** A military exercise, drill, training or demonstration. */
    EXERCISE,
    /** A conference, forum or congress. */
    CONFERENCE,
    /** An anniversary. */
    ANNIVERSARY,
    /** Any other event: a call, a ceremony, an election. */
    OTHER
}
