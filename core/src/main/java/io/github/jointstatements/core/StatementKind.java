package io.github.jointstatements.core;

/** What kind of document a statement is, as its title and text present it. */
public enum StatementKind {
    /** A statement issued jointly by two or more parties ("Joint Statement ..."). */
    JOINT_STATEMENT,
    /** A declaration ("Washington Declaration", "Joint Declaration ..."). */
    JOINT_DECLARATION,
    /** A communiqué, typically of a summit or ministerial meeting. */
    COMMUNIQUE,
    /** One side's account of a meeting or call ("Readout of ..."). */
    READOUT,
    /** A statement by one issuer ("Statement by ...", "Statement from ..."). */
    PRESS_STATEMENT,
    /** A fact sheet. */
    FACT_SHEET,
    /** Anything else: a speech, a release, an address. */
    OTHER
}
