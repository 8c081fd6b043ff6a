package io.github.jointstatements.core;

/** The kind of commitment a pledge sentence makes, from its governing verb. */
public enum PledgeKind {
    /** A commitment to a future course of action: pledged, committed, vowed, resolved, will, intend to. */
    PLEDGE,
    /** A joint decision: agreed, decided, concurred (on doing something). */
    AGREEMENT,
    /** A standing commitment restated: reaffirmed, affirmed, reiterated, renewed. */
    REAFFIRMATION
}
