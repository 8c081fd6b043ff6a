package io.github.jointstatements.parsers.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * A country, an international organisation or a place of the {@link Gazetteer}.
 *
 * <p>A {@link EntityType#COUNTRY} has its common short English name (the name statements use for
 * it as a party: "United States", "South Korea") and its ISO 3166-1 alpha-2 code; an {@link
 * EntityType#ORGANIZATION} its name ("European Union") and no code; a {@link EntityType#PLACE}
 * its name ("Seoul", "Camp David") and its country's code, none for a region ("Indo-Pacific").
 * The abbreviation is the first one the tables list ("U.S.", "EU"), if any.
 *
 * @param type what the entity is
 * @param name its name, as a party name or a location
 * @param countryCode the ISO 3166-1 alpha-2 code of the country it is or lies in
 * @param abbreviation its usual abbreviation
 */
record Entity(EntityType type, String name, Optional<String> countryCode,
        Optional<String> abbreviation) {

    Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(abbreviation, "abbreviation");
    }
}
