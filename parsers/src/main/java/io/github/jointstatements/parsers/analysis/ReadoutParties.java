package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.StateIssuers.addEntity;

import io.github.jointstatements.core.PartyKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds the parties of a readout that the text names by office alone: its unnamed principal ("The
 * Prime Minister met ...") as the state it stands for, and a counterpart named by office and
 * country ("spoke today with the Prime Minister of Japan") as that country. Thread-safe.
 */
final class ReadoutParties {

    /** What follows an office when a name, or the rest of a longer office, comes after it. */
    private static final Pattern NAME_FOLLOWS = Pattern.compile(
            "\\s*(?:\\p{Lu}|[’']s\\b|(?:and|&)\\s+\\p{Lu}|,\\s*\\p{Lu})");

    private final Gazetteer gazetteer;
    private final Offices offices;
    private final PartyCountries countries;

    ReadoutParties(Gazetteer gazetteer, Offices offices, PartyCountries countries) {
        this.gazetteer = gazetteer;
        this.offices = offices;
        this.countries = countries;
    }

    /**
     * Adds the unnamed principal of a readout ("The Prime Minister met the Prime Minister of
     * Canada Mark Carney") as its state: the publisher's country, else the other half of a
     * hyphenated pair with a counterpart's country ("the UK-Canada relationship"), else of a pair
     * joined by "and" ("the challenges faced by the UK and Ireland"), else the
     * country whose seat of government the opening names and whose leaders hold the office
     * ("The Prime Minister met ... in Downing Street").
     */
    void addPrincipal(List<PartyEntry> parties, PersonMention principal,
            List<Sentence> sentences, List<PersonMention> counterparts,
            Optional<String> publisher) {
        String country = principal.country().orElse(null);
        String rule = "unnamed principal of a readout, as its state";
        if (country == null && publisher.isPresent()) {
            country = countries.countryOf(publisher.get()).orElse(null);
            rule += " (the publisher's country)";
        }
        Set<String> theirs = new LinkedHashSet<>();
        counterparts.forEach(c -> c.country().ifPresent(theirs::add));
        if (country == null) {
            for (int i = 0; i < Math.min(sentences.size(), PartyCountries.PAIR_SENTENCES)
                    && country == null;
                    i++) {
                country = countries.pairedCountry(sentences.get(i), theirs, false);
            }
            rule += " (the other country of a hyphenated pair)";
        }
        for (int i = 0; i < Math.min(sentences.size(), PartyCountries.PAIR_SENTENCES)
                && country == null && !theirs.isEmpty(); i++) {
            // "the shared challenges faced by the UK and Ireland"
            country = countries.joinedCountry(sentences.get(i), theirs, false);
            rule = "unnamed principal of a readout, as its state (the other country of a pair"
                    + " joined by \"and\")";
        }
        if (country == null) {
            // "The Prime Minister met ... in Downing Street today": the seat of the government
            // whose leaders hold the office, unless a counterpart is of that country
            country = countries.seatCountry(sentences, principal.role().orElse(""))
                    .filter(c -> !theirs.contains(c)).orElse(null);
            rule = "unnamed principal of a readout, as its state (the seat of its government"
                    + " the text names)";
        }
        if (country == null) {
            return;
        }
        Optional<Entity> state = countryEntity(country);
        if (state.isEmpty()) {
            return;
        }
        PartyEntry entry = new PartyEntry(state.get().name(), List.of(), null, country,
                PartyKind.STATE, rule);
        entry.explicitAliases.add(principal.role().map(r -> "the " + r.toLowerCase(Locale.ROOT))
                .orElse(""));
        parties.add(entry);
    }

    /**
     * Adds the state of each counterpart a text names by office and country alone, after "with"
     * ("President Biden spoke today with the Prime Minister of Japan"), unless a name follows
     * that the person finder could not read, or a party already holds that office or stands for
     * that country.
     */
    void addUnnamedCounterparts(List<PartyEntry> parties, String text, TextReadings readings) {
        for (PersonMention m : readings.persons(text)) {
            if (m.named() || m.country().isEmpty()) {
                continue;
            }
            String before = text.substring(0, m.start()).strip().toLowerCase(Locale.ROOT);
            if (before.endsWith(" the")) {
                before = before.substring(0, before.length() - 4);
            }
            String code = m.country().get();
            String head = offices.head(PartyEntry.lastOffice(m.role().orElse("")));
            if (!before.endsWith(" with") || NAME_FOLLOWS.matcher(text).region(m.end(),
                    text.length()).lookingAt()
                    || parties.stream().anyMatch(p -> code.equals(p.country)
                            || p.roleHead(offices).equalsIgnoreCase(head))) {
                continue; // a name the finder could not read follows, or a party holds it
            }
            Optional<Entity> state = countryEntity(code);
            if (state.isPresent()) {
                addEntity(parties, state.get(), "counterpart named by office and country");
                parties.get(parties.size() - 1).explicitAliases.add(
                        text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Returns the gazetteer's country for an ISO code, found through its English name. */
    private Optional<Entity> countryEntity(String code) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return gazetteer.lookup(name)
                .filter(e -> e.countryCode().orElse("").equals(code));
    }
}
