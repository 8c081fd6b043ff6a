package io.github.jointstatements.parsers.analysis;

/** How a {@link Mention} names its entity. */
enum MentionForm {
    /** A name: "United States", "the Republic of Korea", "European Commission", "Seoul". */
    NAME,
    /** An abbreviation: "U.S.", "ROK", "NATO". */
    ABBREVIATION,
    /** An adjective: "American", "Japanese", "British". */
    ADJECTIVE,
    /** A plural noun for the people: "Americans", "Britons", "Koreans". */
    DEMONYM
}
