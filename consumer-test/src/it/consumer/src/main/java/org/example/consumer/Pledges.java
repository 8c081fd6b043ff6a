package org.example.consumer;

import io.github.jointstatements.core.Pledge;
import io.github.jointstatements.core.Statement;
import io.github.jointstatements.core.json.StatementJson;
import io.github.jointstatements.parsers.ParseException;
import io.github.jointstatements.parsers.StatementParser;
import java.util.List;

/** What a user writes: read a statement, list who pledged what, keep it as JSON. */
public final class Pledges {

    private static final StatementParser PARSER = StatementParser.create();

    private Pledges() {}

    /**
     * Reads a statement and lists its pledges as "actors: verb".
     *
     * @param html the statement page
     * @return one line per pledge
     * @throws ParseException if the page holds no statement
     */
    public static List<String> of(String html) throws ParseException {
        Statement statement = PARSER.parse(html);
        return statement.pledges().stream()
                .map((Pledge p) -> String.join(" and ", p.actors()) + ": " + p.verb())
                .toList();
    }

    /**
     * Reads a statement and returns its JSON.
     *
     * @param html the statement page
     * @return the statement in the JSON contract
     * @throws ParseException if the page holds no statement
     */
    public static String json(String html) throws ParseException {
        return StatementJson.write(PARSER.parse(html));
    }
}
