package io.github.jointstatements.parsers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The page parsers a {@link StatementParser} chooses from, and the choice: the best fit wins;
 * among equal fits the parser registered first, with the generic fallbacks (those whose best
 * answer is {@link PageParser#GENERIC_FIT}) tried after every specific one. Duplicate ids are
 * rejected, so no parser shadows another by accident.
 */
final class PageParserRegistry {

    private final List<PageParser> parsers;

    private PageParserRegistry(List<PageParser> parsers) {
        Map<String, PageParser> byId = new HashMap<>();
        for (PageParser parser : parsers) {
            PageParser previous = byId.putIfAbsent(parser.id(), parser);
            if (previous != null) {
                throw new IllegalStateException("two page parsers have the id \"" + parser.id()
                        + "\": " + previous.getClass().getName() + " and "
                        + parser.getClass().getName());
            }
        }
        this.parsers = List.copyOf(parsers);
    }

    /**
     * {@return the registry of the parsers found with {@link ServiceLoader} in the class path or
     * module path of this library, followed by {@code extra}, sorted by id within each group for
     * a deterministic order}
     */
    static PageParserRegistry load(List<PageParser> extra) {
        List<PageParser> found = new ArrayList<>();
        ServiceLoader.load(PageParser.class, PageParser.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparing(PageParser::id));
        List<PageParser> all = new ArrayList<>(extra);
        all.addAll(found);
        return new PageParserRegistry(all);
    }

    /** {@return the registered parsers, the caller's first} */
    List<PageParser> parsers() {
        return Collections.unmodifiableList(parsers);
    }

    /** {@return the best-fitting parser, or throws if none can read the input at all} */
    PageParser choose(PageInput input) throws ParseException {
        PageParser best = null;
        int bestFit = PageParser.NO_FIT;
        for (PageParser parser : parsers) {
            int fit = parser.fit(input);
            if (fit > bestFit) {
                best = parser;
                bestFit = fit;
            }
        }
        if (best == null) {
            throw new ParseException(input.name(), ParseException.Stage.PAGE,
                    ParseException.Reason.MALFORMED, null,
                    "no page parser reads " + input.format() + " input", null);
        }
        return best;
    }
}
