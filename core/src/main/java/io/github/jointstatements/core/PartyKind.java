package io.github.jointstatements.core;

/** What a party to a statement is. */
public enum PartyKind {
    /** A named person, usually with a role ("Secretary of Defense"). */
    PERSON,
    /** A state or its government. */
    STATE,
    /** An international organisation or other body (the European Union, NATO, a ministry). */
    ORGANIZATION
}
