package io.github.jointstatements.parsers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlMetadataClassNamesTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"post-body", "post-body entry-content", "  a   b  ", "a\tb\nc\rd\fe",
        "", "   ", "x\u000By", "dup dup", "non\u00A0breaking space", "é ü"})
    void splits_a_class_attribute_as_jsoup_does(String attribute) {
        Element element = Jsoup.parse("<div></div>").selectFirst("div");
        element.attr("class", attribute);
        Set<String> ours = new HashSet<>();
        HtmlMetadata.addClassNames(attribute, ours);
        assertThat(ours.size()).isEqualTo(element.classNames().size());
        assertThat(element.classNames()).allMatch(ours::contains);
    }
}
