package io.github.jointstatements.parsers.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}) says of its main item: the
 * headline, the dates, the publisher, the body text, the type. Reads {@code @graph} lists and
 * resolves {@code @id} references to the publisher. Broken JSON is ignored, as browsers and
 * search engines ignore it.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(2_000_000).build());
    }

    /** The types of a page's main item, best first: an article beats the web page around it. */
    private static final List<Set<String>> ITEM_TYPES = List.of(
            Set.of("NewsArticle", "Article", "BlogPosting", "Report", "ReportageNewsArticle",
                    "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
                    "ScholarlyArticle", "SocialMediaPosting", "LiveBlogPosting", "PressRelease",
                    "SpeechObject", "GovernmentService", "TechArticle", "Posting"),
            Set.of("WebPage", "ItemPage", "AboutPage"));

    /** Types that say the page is a list of items, not one. */
    private static final Set<String> LISTING_TYPES = Set.of("CollectionPage", "ItemList",
            "SearchResultsPage", "ProfilePage", "Blog");

    static final JsonLd EMPTY = new JsonLd(null, null, false);

    private final JsonNode item;
    private final JsonNode publisher;
    private final boolean listing;

    private JsonLd(JsonNode item, JsonNode publisher, boolean listing) {
        this.item = item;
        this.publisher = publisher;
        this.listing = listing;
    }

    /** Reads the JSON-LD blocks of a page (their script texts, in page order). */
    static JsonLd read(List<String> blocks) {
        if (blocks.isEmpty()) {
            return EMPTY;
        }
        List<JsonNode> nodes = new ArrayList<>();
        for (String block : blocks) {
            try {
                collect(MAPPER.readTree(block), nodes, 0);
            } catch (JsonProcessingException e) {
                // a page's broken JSON-LD says nothing: read what the others say
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        boolean listing = false;
        for (JsonNode node : nodes) {
            String id = node.path("@id").asText("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, node);
            }
            for (String type : types(node)) {
                listing |= LISTING_TYPES.contains(type) && !type.equals("Blog");
            }
        }
        JsonNode item = null;
        for (Set<String> wanted : ITEM_TYPES) {
            for (JsonNode node : nodes) {
                if (types(node).stream().anyMatch(wanted::contains)) {
                    item = node;
                    break;
                }
            }
            if (item != null) {
                break;
            }
        }
        JsonNode publisher = null;
        if (item != null) {
            publisher = resolve(item.get("publisher"), byId);
            if (publisher == null) {
                publisher = resolve(item.get("sourceOrganization"), byId);
            }
        }
        if (publisher == null) {
            for (JsonNode node : nodes) {
                if (types(node).contains("Organization") || types(node).contains("GovernmentOrganization")
                        || types(node).contains("NewsMediaOrganization")) {
                    publisher = node;
                    break;
                }
            }
        }
        return new JsonLd(item, publisher, listing && item == null);
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            collect(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, out, depth + 1);
            }
        }
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types;
    }

    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : resolve(node.get(0), byId);
        }
        if (node.isObject() && node.size() == 1 && node.has("@id")) {
            return byId.get(node.get("@id").asText());
        }
        return node;
    }

    private Optional<String> text(JsonNode node, String field) {
        if (node == null) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        if (value == null || !value.isValueNode()) {
            return Optional.empty();
        }
        String text = Lines.collapse(value.asText());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Returns the main item's {@code headline} (or its {@code name}). */
    public Optional<String> headline() {
        return text(item, "headline").or(() -> text(item, "name"));
    }

    /** Returns the main item's {@code datePublished} (or {@code dateCreated}) as written. */
    public Optional<String> datePublished() {
        return text(item, "datePublished").or(() -> text(item, "dateCreated"));
    }

    /** Returns the main item's {@code dateModified} as written. */
    public Optional<String> dateModified() {
        return text(item, "dateModified");
    }

    /** Returns the publisher's name: the main item's {@code publisher}, else the page's organisation. */
    public Optional<String> publisher() {
        if (publisher != null && publisher.isTextual()) {
            return Optional.of(Lines.collapse(publisher.asText())).filter(s -> !s.isEmpty());
        }
        return text(publisher, "name");
    }

    /** Returns the main item's {@code articleBody} (or {@code text}). */
    public Optional<String> articleBody() {
        return text(item, "articleBody").or(() -> text(item, "text"));
    }

    /** Returns the main item's {@code inLanguage}. */
    public Optional<String> language() {
        return text(item, "inLanguage");
    }

    /** Returns whether the page declares itself a collection or list of items, and no article. */
    public boolean listing() {
        return listing;
    }
}
