package io.github.jointstatements.parsers.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jointstatements.core.Statement;
import io.github.jointstatements.parsers.StatementParser;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The modules export their API and only their API: every package is either exported or
 * declared internal here, every package has a {@code package-info.java}, and no exported
 * signature names a type users cannot reach.
 *
 * <p>When this test fails on a package you added, decide: export it in {@code module-info.java}
 * (it becomes API: Javadoc on every type and member, a {@code package-info.java}, and a
 * compatibility promise), or add it to {@link #INTERNAL} with the reason.
 */
class ModuleApiTest {

    /** The packages users program against. */
    private static final Set<String> EXPORTED = Set.of(
            "io.github.jointstatements.core",
            "io.github.jointstatements.core.json",
            "io.github.jointstatements.parsers");

    /** The packages that are not API, and why. */
    private static final Set<String> INTERNAL = Set.of(
            // built-in page parsers: services reached through StatementParser by their ids
            "io.github.jointstatements.parsers.pages",
            // the text analysis: reached through StatementParser.parse, free to change
            "io.github.jointstatements.parsers.analysis",
            // helpers shared by the page parsers and the analysis
            "io.github.jointstatements.parsers.internal");

    @Test
    void theTestsRunOnTheModulePath() {
        // ServiceLoader through 'provides', 'opens' to Jackson and resource encapsulation are
        // only exercised when the library runs as named modules
        assertThat(StatementParser.class.getModule().getName())
                .isEqualTo("io.github.jointstatements.parsers");
        assertThat(Statement.class.getModule().getName())
                .isEqualTo("io.github.jointstatements.core");
    }

    @ParameterizedTest
    @ValueSource(classes = {Statement.class, StatementParser.class})
    void everyPackageIsExportedOrDeclaredInternal(Class<?> anchor) {
        ModuleDescriptor module = CompiledModule.of(anchor).descriptor();
        Set<String> exported = module.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> undecided = new TreeSet<>(module.packages());
        undecided.removeAll(exported);
        undecided.removeAll(INTERNAL);
        assertThat(undecided)
                .as("packages of %s neither exported in module-info.java nor declared internal in"
                        + " ModuleApiTest.INTERNAL: decide which", module.name())
                .isEmpty();
        assertThat(exported).as("exports of %s", module.name())
                .allSatisfy(p -> assertThat(EXPORTED).contains(p))
                .doesNotContainAnyElementsOf(INTERNAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../core/src/main/java", "src/main/java"})
    void everyPackageHasAPackageInfo(String sources) throws IOException {
        // the working directory of the tests is the parsers module's folder
        Path root = Path.of(sources);
        assertThat(root).isDirectory();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.getFileName().toString().endsWith(".java"))
                    .map(Path::getParent)
                    .filter(folder -> !folder.equals(root))
                    .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                    .forEach(folder -> missing.add(root.relativize(folder).toString()));
        }
        assertThat(missing).as("packages under %s without a package-info.java", sources).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(classes = {Statement.class, StatementParser.class})
    void exportedSignaturesNameOnlyTypesUsersCanReach(Class<?> anchor) throws Exception {
        CompiledModule compiled = CompiledModule.of(anchor);
        Module module = anchor.getModule();
        Set<Module> reachable = transitivelyRead(module);
        Set<String> problems = new TreeSet<>();
        for (String name : compiled.classNames()) {
            Class<?> type = Class.forName(name, false, anchor.getClassLoader());
            if (!module.isExported(type.getPackageName()) || !isApi(type)) {
                continue;
            }
            for (Type used : signatureTypes(type)) {
                for (Class<?> raw : rawClasses(used)) {
                    if (!isReachable(raw, module, reachable)) {
                        problems.add(type.getName() + " uses " + raw.getName() + " of "
                                + raw.getModule());
                    }
                }
            }
        }
        assertThat(problems)
                .as("exported API of %s names types its users cannot reach: export their"
                        + " package, or 'requires transitive' their module", module.getName())
                .isEmpty();
    }

    /** Returns whether users see the type: public, and each enclosing class public. */
    private static boolean isApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isSynthetic() || c.isAnonymousClass()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isReachable(Class<?> type, Module from, Set<Module> reachable) {
        Module owner = type.getModule();
        if (owner == Object.class.getModule()) {
            return true; // java.base is read by every module
        }
        if (owner == from) {
            return from.isExported(type.getPackageName()) && isApi(type);
        }
        return reachable.contains(owner) && owner.isExported(type.getPackageName());
    }

    /** The modules that a reader of {@code module} reads through 'requires transitive'. */
    private static Set<Module> transitivelyRead(Module module) {
        Set<Module> seen = new HashSet<>();
        Deque<Module> todo = new ArrayDeque<>(List.of(module));
        ModuleLayer layer = module.getLayer();
        while (!todo.isEmpty()) {
            Module next = todo.pop();
            for (ModuleDescriptor.Requires requires : next.getDescriptor().requires()) {
                if (requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)) {
                    layer.findModule(requires.name()).filter(seen::add).ifPresent(todo::push);
                }
            }
        }
        return seen;
    }

    /** The types a public type exposes: supertypes and public or protected members. */
    private static List<Type> signatureTypes(Class<?> type) {
        List<Type> types = new java.util.ArrayList<>();
        if (type.getGenericSuperclass() != null) {
            types.add(type.getGenericSuperclass());
        }
        types.addAll(List.of(type.getGenericInterfaces()));
        for (Method method : type.getDeclaredMethods()) {
            if (exposed(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                types.add(method.getGenericReturnType());
                types.addAll(List.of(method.getGenericParameterTypes()));
                types.addAll(List.of(method.getGenericExceptionTypes()));
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (exposed(constructor.getModifiers()) && !constructor.isSynthetic()) {
                types.addAll(List.of(constructor.getGenericParameterTypes()));
                types.addAll(List.of(constructor.getGenericExceptionTypes()));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (exposed(field.getModifiers()) && !field.isSynthetic()) {
                types.add(field.getGenericType());
            }
        }
        return types;
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static Set<Class<?>> rawClasses(Type type) {
        Set<Class<?>> classes = new HashSet<>();
        collect(type, classes, new HashSet<>());
        return classes;
    }

    private static void collect(Type type, Set<Class<?>> out, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            out.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), out, seen);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, out, seen);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                collect(bound, out, seen);
            }
            for (Type bound : w.getLowerBounds()) {
                collect(bound, out, seen);
            }
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                collect(bound, out, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), out, seen);
        }
    }
}
