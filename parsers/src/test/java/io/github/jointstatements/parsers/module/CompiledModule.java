package io.github.jointstatements.parsers.module;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A module as it was compiled: the folder or jar a class was loaded from, read as files, so that
 * tests see exactly what {@code module-info.class} and {@code META-INF/services} declare and
 * which classes exist, without the test classes that surefire patches into the module.
 */
final class CompiledModule {

    private final Path root;
    private final List<String> classNames;
    private final ModuleDescriptor descriptor;

    private CompiledModule(Path root) throws IOException {
        this.root = root;
        try (Stream<Path> files = Files.walk(root)) {
            this.classNames = files
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class")
                            && !f.startsWith("META-INF/"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
        Set<String> packages = classNames.stream()
                .map(name -> name.substring(0, name.lastIndexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));
        try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
            this.descriptor = ModuleDescriptor.read(in, () -> packages);
        }
    }

    /** Returns the compiled module that holds {@code type}: its classes folder or its jar. */
    static CompiledModule of(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return new CompiledModule(location);
            }
            // a jar, when the reactor resolves a sibling module after its package phase; the
            // file system stays open for the rest of the test run, which is short
            FileSystem jar = FileSystems.newFileSystem(location);
            return new CompiledModule(jar.getPath("/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the module-info as compiled, its packages those that hold classes. */
    ModuleDescriptor descriptor() {
        return descriptor;
    }

    /** Returns the binary names of every class compiled into the module, nested ones too. */
    List<String> classNames() {
        return classNames;
    }

    /** Returns the providers a {@code META-INF/services} file of the module lists, if it has one. */
    Optional<List<String>> services(Class<?> service) {
        Path file = root.resolve("META-INF/services/" + service.getName());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
