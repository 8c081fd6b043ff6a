package io.github.jointstatements.parsers.analysis;

import static io.github.jointstatements.parsers.analysis.PledgeFinder.pledge;
import static io.github.jointstatements.parsers.analysis.PledgeWords.OPENERS;

import io.github.jointstatements.core.PledgeKind;
import io.github.jointstatements.parsers.analysis.PledgeFinder.Found;
import java.util.BitSet;
import java.util.List;

/**
 * A future passive in the main clause of a statement with one issuer ("Necessary measures will
 * be taken"), which is the issuer's pledge. Stateless.
 */
final class FuturePassive {

    /** A future passive in the main clause of a one-issuer statement. */
    static Found passive(Sentence s, References.Words w, References refs,
            TimeIndex times) {
        List<Token> t = w.tokens;
        for (int i = 0; i + 2 < t.size(); i++) {
            Token x = t.get(i);
            if (OPENERS.contains(x.lower()) || x.is("that") || x.is("and") && i > 0) {
                return null;
            }
            if ((x.is("will") || x.is("shall")) && t.get(i + 1).is("be")
                    && isParticiple(t.get(i + 2).lower()) && i > 0) {
                BitSet actors = refs.all();
                return new Found(pledge(s, PledgeKind.PLEDGE, x.text(), actors, refs, x.end(),
                        times), actors, "future passive in a statement with one issuer");
            }
        }
        return null;
    }

    static boolean isParticiple(String w) {
        return w.endsWith("ed") || w.endsWith("en") || w.equals("made") || w.equals("held")
                || w.equals("sent") || w.equals("built") || w.equals("paid") || w.equals("put")
                || w.equals("set") || w.equals("brought") || w.equals("kept");
    }

    private FuturePassive() {}
}
