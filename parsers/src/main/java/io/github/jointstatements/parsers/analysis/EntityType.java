package io.github.jointstatements.parsers.analysis;

/** What a {@link Gazetteer} entry is. */
enum EntityType {
    /** A state or territory with an ISO 3166-1 alpha-2 code. */
    COUNTRY,
    /** An international organisation, one of its bodies, or a standing group of states. */
    ORGANIZATION,
    /** A capital, city, venue or region; a region has no country code. */
    PLACE
}
