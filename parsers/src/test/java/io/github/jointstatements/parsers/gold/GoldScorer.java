package io.github.jointstatements.parsers.gold;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A faithful Java port of the shared {@code score-statements} tool: compares predictions (the
 * JSON of a {@code Statement} or a {@code Page}) with gold annotations, document by document and
 * field by field, with the same matching, normalisation and tallies. Tests use it to pin the
 * figures the tool reports.
 */
public final class GoldScorer {

    private static final Pattern WORD = Pattern.compile("[\\w'’-]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NON_WORD = Pattern.compile("[^\\w\\s'-]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> SUFFIXES = Set.of("iii", "ii", "iv", "jr", "sr");
    private static final List<String> FIELDS =
            List.of("title", "date", "kind", "location", "publisher", "publishedOn");

    /** Precision, recall and F1 of one list field, with the accuracy of each scored attribute. */
    public static final class Tally {
        int tp;
        int fp;
        int fn;
        final Map<String, int[]> attributes = new TreeMap<>();

        void attribute(String name, boolean ok) {
            int[] counts = attributes.computeIfAbsent(name, k -> new int[2]);
            counts[0] += ok ? 1 : 0;
            counts[1]++;
        }

        public int tp() {
            return tp;
        }

        public int fp() {
            return fp;
        }

        public int fn() {
            return fn;
        }

        public double precision() {
            return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        /** Returns the share of matched items whose attribute was right, or 1 if none was scored. */
        public double accuracy(String attribute) {
            int[] counts = attributes.get(attribute);
            return counts == null || counts[1] == 0 ? 1.0 : (double) counts[0] / counts[1];
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                    "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision(), recall(), f1(), tp,
                    fp, fn));
            attributes.forEach((k, v) -> s.append(String.format(Locale.ROOT, " %s=%.3f", k,
                    v[1] == 0 ? 1.0 : (double) v[0] / v[1])));
            return s.toString();
        }
    }

    /** The figures over a set of documents, and each document's own row. */
    public static final class Summary {
        final Map<String, int[]> fields = new LinkedHashMap<>();
        final Tally parties = new Tally();
        final Tally pledges = new Tally();
        final Tally events = new Tally();
        final Tally acronyms = new Tally();
        final List<Double> bodyF1 = new ArrayList<>();
        final int[] snippets = new int[2];
        final int[] negatives = new int[2];
        final Map<String, Map<String, Object>> rows = new LinkedHashMap<>();

        /** Returns the share of documents whose field was right, or 1 if no document scores it. */
        public double accuracy(String field) {
            int[] counts = fields.get(field);
            return counts == null || counts[1] == 0 ? 1.0 : (double) counts[0] / counts[1];
        }

        public Tally parties() {
            return parties;
        }

        public Tally pledges() {
            return pledges;
        }

        public Tally events() {
            return events;
        }

        public Tally acronyms() {
            return acronyms;
        }

        /** Returns the mean body token F1 over the documents that have a gold body. */
        public double bodyF1Mean() {
            return bodyF1.stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
        }

        /** Returns the share of bodyContains / bodyExcludes snippets satisfied. */
        public double snippetAccuracy() {
            return snippets[1] == 0 ? 1.0 : (double) snippets[0] / snippets[1];
        }

        /** Returns the share of noStatement pages answered rightly. */
        public double noStatementAccuracy() {
            return negatives[1] == 0 ? 1.0 : (double) negatives[0] / negatives[1];
        }

        /** Returns each document's row: which fields were right, its body F1, its tallies. */
        public Map<String, Map<String, Object>> rows() {
            return rows;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            s.append("documents ").append(rows.size()).append('\n');
            for (String field : FIELDS) {
                s.append(String.format(Locale.ROOT, "  %-12s accuracy %.3f%n", field, accuracy(field)));
            }
            s.append(String.format(Locale.ROOT, "  body mean F1 %.3f, snippets %.3f, no-statement %.3f%n",
                    bodyF1Mean(), snippetAccuracy(), noStatementAccuracy()));
            s.append("  parties  ").append(parties).append('\n');
            s.append("  pledges  ").append(pledges).append('\n');
            s.append("  events   ").append(events).append('\n');
            s.append("  acronyms ").append(acronyms).append('\n');
            rows.forEach((doc, row) -> s.append("  ").append(doc).append(' ').append(row).append('\n'));
            return s.toString();
        }
    }

    private GoldScorer() {}

    /**
     * Scores predictions against gold.
     *
     * @param golds each document's id and its {@code expected.json}
     * @param predictions each document's predicted statement or page JSON; a missing one counts
     *     as empty
     * @param errors the ids of documents answered with an error
     */
    public static Summary score(Map<String, JsonNode> golds, Map<String, JsonNode> predictions,
            Set<String> errors) {
        Summary summary = new Summary();
        FIELDS.forEach(f -> summary.fields.put(f, new int[2]));
        for (Map.Entry<String, JsonNode> entry : new TreeMap<>(golds).entrySet()) {
            String doc = entry.getKey();
            JsonNode gold = entry.getValue();
            JsonNode pred = predictions.get(doc);
            if (pred == null || pred.isNull()) {
                pred = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            }
            Map<String, Object> row = new LinkedHashMap<>();
            scoreFields(summary, gold, pred, row);
            if (gold.has("parties")) {
                scoreList(summary.parties, list(gold, "parties"), list(pred, "parties"),
                        GoldScorer::partySimilarity, List.of("role", "country", "kind"));
            }
            if (gold.has("pledges")) {
                int[] before = {summary.pledges.tp, summary.pledges.fp, summary.pledges.fn};
                scoreList(summary.pledges, list(gold, "pledges"), list(pred, "pledges"),
                        GoldScorer::pledgeSimilarity, List.of("kind", "actors"));
                row.put("pledges", List.of(summary.pledges.tp - before[0],
                        summary.pledges.fp - before[1], summary.pledges.fn - before[2]));
            }
            if (gold.has("events")) {
                int[] before = {summary.events.tp, summary.events.fp, summary.events.fn};
                scoreList(summary.events, list(gold, "events"), list(pred, "events"),
                        GoldScorer::eventSimilarity, List.of("date", "status", "kind", "location"));
                row.put("events", List.of(summary.events.tp - before[0],
                        summary.events.fp - before[1], summary.events.fn - before[2]));
            }
            if (gold.has("acronyms")) {
                Set<String> g = acronymPairs(gold.get("acronyms"));
                Set<String> p = acronymPairs(pred.get("acronyms"));
                Set<String> both = new HashSet<>(g);
                both.retainAll(p);
                summary.acronyms.tp += both.size();
                summary.acronyms.fp += p.size() - both.size();
                summary.acronyms.fn += g.size() - both.size();
            }
            String goldBody = gold.has("paragraphs") ? join(gold.get("paragraphs"))
                    : gold.hasNonNull("body") ? gold.get("body").asText() : null;
            String predBody = join(pred.get("paragraphs"));
            if (goldBody != null) {
                double f1 = bagF1(goldBody, predBody);
                summary.bodyF1.add(f1);
                row.put("body_f1", Math.round(f1 * 1000) / 1000.0);
            }
            String flat = String.join(" ", words(predBody)).toLowerCase(Locale.ROOT);
            for (String key : List.of("bodyContains", "bodyExcludes")) {
                for (JsonNode snippet : list(gold, key)) {
                    String s = String.join(" ", words(snippet.asText())).toLowerCase(Locale.ROOT);
                    boolean ok = key.equals("bodyContains") == flat.contains(s);
                    summary.snippets[0] += ok ? 1 : 0;
                    summary.snippets[1]++;
                    if (!ok) {
                        row.put("snippet_missed", s);
                    }
                }
            }
            if (gold.has("noStatement")) {
                boolean saidNone = errors.contains(doc) || pred.isEmpty();
                summary.negatives[0] += saidNone == gold.get("noStatement").asBoolean() ? 1 : 0;
                summary.negatives[1]++;
                row.put("noStatement", saidNone);
            }
            summary.rows.put(doc, row);
        }
        return summary;
    }

    private static void scoreFields(Summary summary, JsonNode gold, JsonNode pred,
            Map<String, Object> row) {
        for (String field : FIELDS) {
            boolean ok;
            if (field.equals("publishedOn")) {
                JsonNode source = gold.get("source");
                if (source == null || !source.has("publishedOn")) {
                    continue;
                }
                JsonNode predSource = pred.get("source");
                ok = same(text(source, "publishedOn"),
                        predSource == null ? null : text(predSource, "publishedOn"));
            } else if (!gold.has(field)) {
                continue;
            } else {
                String g = text(gold, field);
                String p = text(pred, field);
                if (field.equals("title")) {
                    ok = g != null && p != null && min(overlap(g, p)) >= 0.9
                            || g == null && (p == null || p.isEmpty());
                } else if (field.equals("location") || field.equals("publisher")) {
                    ok = norm(g).equals(norm(p))
                            || g != null && p != null && !g.isEmpty() && !p.isEmpty()
                            && min(overlap(g, p)) >= 0.75;
                } else {
                    ok = same(g, p);
                }
            }
            int[] counts = summary.fields.get(field);
            counts[0] += ok ? 1 : 0;
            counts[1]++;
            row.put(field, ok);
        }
    }

    private static void scoreList(Tally tally, List<JsonNode> golds, List<JsonNode> preds,
            BiFunction<JsonNode, JsonNode, Double> similar, List<String> attributes) {
        record Candidate(double score, int gold, int pred) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int p = 0; p < preds.size(); p++) {
                double s = similar.apply(golds.get(g), preds.get(p));
                if (s > 0) {
                    candidates.add(new Candidate(s, g, p));
                }
            }
        }
        // Python sorts the (score, gold, pred) tuples in reverse: ties by higher indices first
        candidates.sort(Comparator.comparingDouble(Candidate::score)
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::pred).reversed());
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        for (Candidate c : candidates) {
            if (usedGold.contains(c.gold()) || usedPred.contains(c.pred())) {
                continue;
            }
            usedGold.add(c.gold());
            usedPred.add(c.pred());
            JsonNode g = golds.get(c.gold());
            JsonNode p = preds.get(c.pred());
            if (g.path("optional").asBoolean(false)) {
                continue;
            }
            tally.tp++;
            for (String attribute : attributes) {
                if (!g.has(attribute)) {
                    continue;
                }
                if (attribute.equals("actors")) {
                    List<JsonNode> ga = list(g, "actors");
                    List<JsonNode> pa = list(p, "actors");
                    boolean ok = ga.size() == pa.size() && ga.stream().allMatch(x -> pa.stream()
                            .anyMatch(y -> sameName(x.asText(), y.asText())));
                    tally.attribute(attribute, ok);
                } else if (List.of("location", "name", "role").contains(attribute)) {
                    String gv = text(g, attribute);
                    String pv = text(p, attribute);
                    tally.attribute(attribute, norm(gv).equals(norm(pv))
                            || gv != null && pv != null && !gv.isEmpty() && !pv.isEmpty()
                            && min(overlap(gv, pv)) >= 0.75);
                } else {
                    tally.attribute(attribute, same(text(g, attribute), text(p, attribute)));
                }
            }
        }
        for (int g = 0; g < golds.size(); g++) {
            if (!usedGold.contains(g) && !golds.get(g).path("optional").asBoolean(false)) {
                tally.fn++;
            }
        }
        tally.fp += preds.size() - usedPred.size();
    }

    static double pledgeSimilarity(JsonNode g, JsonNode p) {
        double[] o = overlap(text(g, "text"), text(p, "text"));
        return o[0] >= 0.6 && o[1] >= 0.6 ? Math.min(o[0], o[1]) : 0;
    }

    static double eventSimilarity(JsonNode g, JsonNode p) {
        String ga = norm(text(g, "acronym"));
        String pa = norm(text(p, "acronym"));
        if (!ga.isEmpty() && ga.equals(pa)) {
            return 1.0;
        }
        double[] o = overlap(text(g, "name"), text(p, "name"));
        String gd = text(g, "date");
        boolean sameDay = gd != null && !gd.isEmpty() && gd.equals(text(p, "date"));
        if (Math.min(o[0], o[1]) >= 0.5 || Math.max(o[0], o[1]) == 1.0
                || sameDay && Math.max(o[0], o[1]) >= 0.5) {
            return (o[0] + o[1]) / 2;
        }
        return 0;
    }

    static double partySimilarity(JsonNode g, JsonNode p) {
        return sameName(text(g, "name"), text(p, "name")) ? 1.0 : 0;
    }

    /** The tool's name match: equal, or the same surname and a compatible first name. */
    public static boolean sameName(String a, String b) {
        String na = norm(a);
        String nb = norm(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        if (na.equals(nb)) {
            return true;
        }
        List<String> ta = nameTokens(na);
        List<String> tb = nameTokens(nb);
        if (ta.isEmpty() || tb.isEmpty() || !ta.get(ta.size() - 1).equals(tb.get(tb.size() - 1))) {
            return false;
        }
        return ta.size() == 1 || tb.size() == 1 || ta.get(0).charAt(0) == tb.get(0).charAt(0);
    }

    private static List<String> nameTokens(String normalized) {
        List<String> tokens = new ArrayList<>();
        for (String t : normalized.split(" ")) {
            if (!SUFFIXES.contains(t) && t.replaceAll("\\.+$", "").length() > 1) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /** The tool's normalisation: NFKC, curly apostrophe, case-folded, punctuation to spaces. */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('’', '\'')
                .toLowerCase(Locale.ROOT);
        n = NON_WORD.matcher(n).replaceAll(" ");
        return String.join(" ", words(n));
    }

    /** Python's {@code str.split()}: the runs of non-white-space, Unicode white space included. */
    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean space = i == s.length() || Character.isWhitespace(s.charAt(i))
                    || Character.isSpaceChar(s.charAt(i));
            if (space && start >= 0) {
                words.add(s.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** The tool's tokens: words of the normalised text. */
    public static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(norm(s));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Bag-of-words F1 of a predicted text against a gold text. */
    public static double bagF1(String gold, String pred) {
        Map<String, Integer> g = counts(tokens(gold));
        Map<String, Integer> p = counts(tokens(pred));
        int tp = 0;
        for (Map.Entry<String, Integer> e : g.entrySet()) {
            tp += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        }
        int predTotal = p.values().stream().mapToInt(Integer::intValue).sum();
        int goldTotal = g.values().stream().mapToInt(Integer::intValue).sum();
        int fp = predTotal - tp;
        int fn = goldTotal - tp;
        double precision = tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    /** Containment of token sets both ways: |a∩b|/|a| and |a∩b|/|b|. */
    static double[] overlap(String a, String b) {
        Set<String> ta = new HashSet<>(tokens(a));
        Set<String> tb = new HashSet<>(tokens(b));
        if (ta.isEmpty() || tb.isEmpty()) {
            return new double[] {0, 0};
        }
        Set<String> both = new HashSet<>(ta);
        both.retainAll(tb);
        return new double[] {(double) both.size() / ta.size(), (double) both.size() / tb.size()};
    }

    private static double min(double[] pair) {
        return Math.min(pair[0], pair[1]);
    }

    private static boolean same(String g, String p) {
        String a = g == null || g.isEmpty() ? null : g;
        String b = p == null || p.isEmpty() ? null : p;
        return a == null ? b == null : a.equals(b);
    }

    private static Set<String> acronymPairs(JsonNode acronyms) {
        Set<String> pairs = new HashSet<>();
        if (acronyms != null && acronyms.isObject()) {
            acronyms.fields().forEachRemaining(e ->
                    pairs.add(norm(e.getKey()) + "\u0000" + norm(e.getValue().asText())));
        }
        return pairs;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<JsonNode> list(JsonNode node, String field) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode value = node == null ? null : node.get(field);
        if (value != null && value.isArray()) {
            value.forEach(items::add);
        }
        return items;
    }

    private static String join(JsonNode paragraphs) {
        List<String> parts = new ArrayList<>();
        if (paragraphs != null && paragraphs.isArray()) {
            paragraphs.forEach(p -> parts.add(p.asText()));
        }
        return String.join(" ", parts);
    }
}
