package io.github.jointstatements.parsers.analysis;

/**
 * Tells a country's name as the gazetteer's table ({@code countries.tsv}) writes it, for the page
 * parsers that read datelines and place lines ("Addis Ababa, Ethiopia", "TOKYO, Japan —"): one
 * list of countries for the page and the text analysis. Not API: the package is not exported.
 * Thread-safe.
 */
public final class CountryNames {

    private CountryNames() {}

    /**
     * Returns whether the whole of {@code text} is a country's name or abbreviation ("Ethiopia",
     * "Republic of Korea", "USA", "U.K."), case-insensitive; an adjective ("Japanese") is none.
     */
    public static boolean isCountry(String text) {
        return !text.isBlank() && Gazetteer.get().namesCountry(text);
    }

    /**
     * Returns whether the whole of {@code text} is a place of the gazetteer's tables ("New
     * Delhi", "Addis Ababa") or a country's name, as the tables write it.
     */
    public static boolean isPlace(String text) {
        if (text.isBlank()) {
            return false;
        }
        return Gazetteer.get().lookup(text).map(e -> e.type() == EntityType.PLACE
                || e.type() == EntityType.COUNTRY).orElse(false);
    }
}
