package io.github.jointstatements.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Times the page stage of two or more builds on the same HTML pages in one JVM, page by page,
 * the builds taking turns (which goes first rotates from pass to pass), in the thread's CPU time:
 * on a shared machine, where separate runs differ by more than a step of speed work changes, an
 * alternating run compares builds under the same load. Each build is a command-line jar
 * ({@code examples/target/joint-statements.jar}, copied aside before the next build), its own
 * classes loaded in a class loader of its own; jsoup is this module's, one copy shared by every
 * build ({@link OwnClasses}), so that a difference is the builds' own code. Repeat a run with the
 * jars in the other order before trusting a difference of a few per cent.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.jointstatements.benchmarks.CompareBuilds \
 *     [--warmup SECONDS] [--time SECONDS] DIR OLD.jar NEW.jar ...
 * }</pre>
 *
 * <p>Prints each build's CPU milliseconds a page, its ratio to the first build's, and the same
 * by page.
 *
 * <p>With {@code --component CLASS#METHOD}, times one step of the page stage instead of the
 * whole: a public static method of the builds that takes a jsoup {@code Document} or
 * {@code Element} ({@code io.github.jointstatements.parsers.internal.HtmlMetadata#read}, the
 * metadata's walk; {@code io.github.jointstatements.parsers.internal.HtmlText#paragraphs}, the
 * text walk of the whole page), called on each page's tree, parsed once by the shared jsoup
 * before timing; each build's parsers are set up first, as a run of the command line would.
 * The figures are then microseconds of that step a page.
 */
public final class CompareBuilds {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Keeps the results alive, so that no call is optimised away. */
    private static long sink;

    private CompareBuilds() {}

    /**
     * Loads a build's own classes and resources from its jar, before its parent's, but jsoup
     * from the parent, one copy shared by every build: jsoup's parse runs about 0.6 or 0.9 ms a
     * corpus page depending on how the JIT compiled it in a JVM (README, Figures), and with a
     * copy per build one build's parse could run in the slow mode and the other's in the fast
     * one (two runs of the same change read 1.19x and 0.96x so; with jsoup shared, 1.00x and
     * 1.00x).
     */
    private static final class OwnClasses extends URLClassLoader {
        OwnClasses(URL jar, ClassLoader parent) {
            super(new URL[] {jar}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.jsoup.") || name.startsWith("java.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        /** The build's own resources (word lists, service files) before its parent's. */
        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            Enumeration<URL> own = findResources(name);
            return own.hasMoreElements() ? own : super.getResources(name);
        }
    }

    /** One build's page stage, called by reflection. */
    private static final class Build {
        final String name;
        final Object parser;
        final Method page;
        final Method input;
        final Method withFormat;
        final Object html;
        final Method paragraphs;
        /** The step timed instead of the page stage ({@code --component}), or {@code null}. */
        Method component;

        Build(Path jar) throws ReflectiveOperationException, IOException {
            this.name = jar.toString();
            ClassLoader loader = new OwnClasses(jar.toUri().toURL(),
                    CompareBuilds.class.getClassLoader());
            Class<?> parserClass = loader.loadClass("io.github.jointstatements.parsers.StatementParser");
            Class<?> inputClass = loader.loadClass("io.github.jointstatements.parsers.Input");
            Class<?> formatClass = loader.loadClass("io.github.jointstatements.parsers.Format");
            this.parser = parserClass.getMethod("create").invoke(null);
            this.page = parserClass.getMethod("page", inputClass);
            this.input = inputClass.getMethod("of", byte[].class, String.class);
            this.withFormat = inputClass.getMethod("withFormat", formatClass);
            this.html = formatClass.getField("HTML").get(null);
            this.paragraphs = loader.loadClass("io.github.jointstatements.parsers.Page")
                    .getMethod("paragraphs");
            this.loader = loader;
        }

        private final ClassLoader loader;

        /** Sets the step to time: {@code CLASS#METHOD}, static, taking a Document or an Element. */
        void component(String step) throws ReflectiveOperationException {
            int hash = step.indexOf('#');
            Class<?> owner = loader.loadClass(step.substring(0, hash));
            String name = step.substring(hash + 1);
            for (Class<?> type : List.of(Document.class, Element.class)) {
                try {
                    component = owner.getMethod(name, type);
                    return;
                } catch (NoSuchMethodException e) {
                    // tried with the other type
                }
            }
            throw new NoSuchMethodException(step + "(Document) or (Element)");
        }

        /** Runs the step on a page's tree and returns the thread CPU nanoseconds it took. */
        long time(Document document) throws ReflectiveOperationException {
            long cpu = THREADS.getCurrentThreadCpuTime();
            Object result = component.invoke(null, document);
            long spent = THREADS.getCurrentThreadCpuTime() - cpu;
            sink += result == null ? 0 : result.hashCode() & 1;
            return spent;
        }

        /** Reads a page and returns the thread CPU nanoseconds it took. */
        long time(byte[] bytes, String name) throws ReflectiveOperationException {
            long cpu = THREADS.getCurrentThreadCpuTime();
            try {
                Object in = withFormat.invoke(input.invoke(null, bytes, name), html);
                sink += ((List<?>) paragraphs.invoke(page.invoke(parser, in))).size();
            } catch (InvocationTargetException e) {
                sink += e.getCause().getClass().getName().length(); // a page it cannot read
            }
            return THREADS.getCurrentThreadCpuTime() - cpu;
        }
    }

    /** Compares the builds named by the arguments. */
    public static void main(String[] args) throws Exception {
        double warmup = 10;
        double time = 30;
        String component = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--warmup") && i + 1 < args.length) {
                warmup = Double.parseDouble(args[++i]);
            } else if (args[i].equals("--time") && i + 1 < args.length) {
                time = Double.parseDouble(args[++i]);
            } else if (args[i].equals("--component") && i + 1 < args.length) {
                component = args[++i];
            } else {
                rest.add(args[i]);
            }
        }
        if (rest.size() < 3) {
            System.err.println("usage: CompareBuilds [--warmup SECONDS] [--time SECONDS]"
                    + " [--component CLASS#METHOD] DIR JAR JAR ...");
            System.exit(2);
            return;
        }
        List<Path> pages = htmlPages(Path.of(rest.get(0)));
        List<byte[]> bytes = new ArrayList<>();
        for (Path p : pages) {
            bytes.add(Files.readAllBytes(p));
        }
        List<Build> builds = new ArrayList<>();
        for (String jar : rest.subList(1, rest.size())) {
            Build build = new Build(Path.of(jar));
            if (component != null) {
                try {
                    build.component(component);
                } catch (ReflectiveOperationException | StringIndexOutOfBoundsException e) {
                    System.err.println("--component " + component + ": no public static method"
                            + " of that name taking a Document or an Element in " + jar);
                    System.exit(2);
                    return;
                }
            }
            builds.add(build);
        }
        List<Document> documents = new ArrayList<>();
        if (component != null) {
            for (byte[] page : bytes) {
                documents.add(Jsoup.parse(new ByteArrayInputStream(page), null, ""));
            }
        }
        int n = builds.size();
        run(builds, pages, bytes, documents, new long[n][pages.size()], new long[n], warmup);
        long[][] cpu = new long[n][pages.size()];
        long[] passes = new long[n];
        run(builds, pages, bytes, documents, cpu, passes, time);
        String unit = component == null ? "cpu ms/page" : "cpu us/page of " + component;
        double scale = component == null ? 1e6 : 1e3;

        double first = total(cpu[0]) / (double) passes[0];
        for (int b = 0; b < n; b++) {
            double perPage = total(cpu[b]) / (double) passes[b] / pages.size() / scale;
            System.out.printf(Locale.ROOT, "%-50s %8.4f %s  %.4fx%n", builds.get(b).name,
                    perPage, unit, total(cpu[b]) / (double) passes[b] / first);
        }
        System.out.printf(Locale.ROOT, "%d pages, %d passes; %s by page:%n", pages.size(),
                passes[0], component == null ? "cpu ms" : "cpu us");
        for (int i = 0; i < pages.size(); i++) {
            StringBuilder line = new StringBuilder();
            for (int b = 0; b < n; b++) {
                line.append(String.format(Locale.ROOT, " %8.3f", cpu[b][i] / scale / passes[b]));
            }
            System.out.println(line + "  " + pages.get(i));
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    /** Reads every page with every build, pass after pass, for {@code seconds}. */
    private static void run(List<Build> builds, List<Path> pages, List<byte[]> bytes,
            List<Document> documents, long[][] cpu, long[] passes, double seconds)
            throws ReflectiveOperationException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int n = builds.size();
        for (int pass = 0; System.nanoTime() < end; pass++) {
            for (int i = 0; i < pages.size(); i++) {
                for (int k = 0; k < n; k++) {
                    int b = (k + pass) % n;
                    cpu[b][i] += documents.isEmpty()
                            ? builds.get(b).time(bytes.get(i), pages.get(i).toString())
                            : builds.get(b).time(documents.get(i));
                }
            }
            for (int b = 0; b < n; b++) {
                passes[b]++;
            }
        }
    }

    private static long total(long[] values) {
        long sum = 0;
        for (long v : values) {
            sum += v;
        }
        return sum;
    }

    private static List<Path> htmlPages(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".html") || name.endsWith(".htm");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
