package io.github.jointstatements.parsers.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.parsers.PageParser;
import io.github.jointstatements.parsers.StatementParser;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every page parser compiled into the module is registered both ways: in
 * {@code META-INF/services} (the class path) and with {@code provides} in {@code module-info.java}
 * (the module path). A parser missing from either would be silently absent for some users.
 */
class PageParserRegistrationTest {

    private static final CompiledModule MODULE = CompiledModule.of(PageParser.class);

    /** The concrete classes of the module that implement {@link PageParser}, found by scanning. */
    private static Set<String> parserClasses() {
        Set<String> parsers = new TreeSet<>();
        for (String name : MODULE.classNames()) {
            Class<?> type;
            try {
                type = Class.forName(name, false, PageParser.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            if (PageParser.class.isAssignableFrom(type) && !type.isInterface()
                    && !Modifier.isAbstract(type.getModifiers())) {
                parsers.add(name);
            }
        }
        return parsers;
    }

    @Test
    void findsTheBuiltInParsersByScanning() {
        // guards the scan itself: if it found nothing, the tests below would pass vacuously
        assertThat(parserClasses()).contains(
                "io.github.jointstatements.parsers.pages.GenericHtmlPageParser",
                "io.github.jointstatements.parsers.pages.TextPageParser");
    }

    @Test
    void everyParserClassIsInMetaInfServices() {
        assertThat(MODULE.services(PageParser.class))
                .as("META-INF/services/%s", PageParser.class.getName())
                .hasValueSatisfying(listed -> assertThat(new TreeSet<>(listed))
                        .as("add every PageParser class to META-INF/services/%s, and list no"
                                + " other", PageParser.class.getName())
                        .containsExactlyElementsOf(parserClasses()));
    }

    @Test
    void everyParserClassIsProvidedByModuleInfo() {
        List<String> provided = new ArrayList<>();
        for (ModuleDescriptor.Provides provides : MODULE.descriptor().provides()) {
            if (provides.service().equals(PageParser.class.getName())) {
                provided.addAll(provides.providers());
            }
        }
        assertThat(new TreeSet<>(provided))
                .as("add every PageParser class to 'provides %s with ...' in module-info.java",
                        PageParser.class.getName())
                .containsExactlyElementsOf(parserClasses());
        assertThat(MODULE.descriptor().uses()).contains(PageParser.class.getName());
    }

    @Test
    void everyParserClassIsAPublicFinalServiceWithANoArgumentConstructor() throws Exception {
        for (String name : parserClasses()) {
            Class<?> type = Class.forName(name, false, PageParser.class.getClassLoader());
            assertThat(Modifier.isPublic(type.getModifiers()) && Modifier.isFinal(type.getModifiers()))
                    .as("%s is public final", name).isTrue();
            assertThat(Modifier.isPublic(type.getConstructor().getModifiers()))
                    .as("%s has a public no-argument constructor", name).isTrue();
        }
    }

    @Test
    void serviceLoaderFindsEveryParserWhereTheTestsRun() {
        Set<String> loaded = new TreeSet<>();
        ServiceLoader.load(PageParser.class, PageParser.class.getClassLoader())
                .forEach(parser -> loaded.add(parser.getClass().getName()));
        assertThat(loaded).containsAll(parserClasses());
        assertThat(StatementParser.create().pageParserIds()).hasSameSizeAs(loaded)
                .doesNotHaveDuplicates();
    }
}
