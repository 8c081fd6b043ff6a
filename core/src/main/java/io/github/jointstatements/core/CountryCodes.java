package io.github.jointstatements.core;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The ISO 3166-1 alpha-2 codes, as the JDK knows them, plus Kosovo's user-assigned XK. */
final class CountryCodes {

    private static final Set<String> ALPHA_2 = codes();

    private CountryCodes() {}

    static boolean isAlpha2(String code) {
        return ALPHA_2.contains(code);
    }

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        // Kosovo has no ISO code; "XK" is the user-assigned code the EU, the IMF and the
        // statements' issuers use for it.
        codes.add("XK");
        return Set.copyOf(codes);
    }
}
