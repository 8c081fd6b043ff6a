package io.github.jointstatements.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes many small statement files for a batch run at scale (the flat-memory check of
 * {@code parse} over 100,000 inputs): short joint statements in text, each a little different,
 * a thousand to a folder, and an empty file every 97th, so the run also answers failures.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.jointstatements.benchmarks.GenerateInputs /tmp/inputs 100000
 * }</pre>
 */
public final class GenerateInputs {

    private static final String[] VERBS = {"reaffirmed", "pledged", "agreed", "committed"};

    private GenerateInputs() {}

    /** Writes {@code args[1]} files under the folder {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[1].matches("[0-9]{1,9}")) {
            System.err.println("usage: GenerateInputs FOLDER COUNT");
            System.exit(2);
            return;
        }
        Path root = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            Path folder = root.resolve(String.format(Locale.ROOT, "%03d", i / 1000));
            if (i % 1000 == 0) {
                Files.createDirectories(folder);
            }
            Path file = folder.resolve(String.format(Locale.ROOT, "s-%06d.txt", i));
            Files.writeString(file, i % 97 == 13 ? "" : statement(i), StandardCharsets.UTF_8);
        }
        System.err.printf(Locale.ROOT, "wrote %d files under %s%n", count, root);
    }

    private static String statement(int i) {
        String verb = VERBS[i % VERBS.length];
        int day = i % 28 + 1;
        return "Joint Statement of the Ministers of Defense, No. " + i + "\n\n"
                + "January " + day + ", 2023\n\n"
                + "The Minister of National Defense of the Republic of Korea and the Secretary of"
                + " Defense of the United States met in Seoul on January " + day + ", 2023.\n\n"
                + "The two Ministers " + verb + " to strengthen the alliance and to hold the"
                + " Nuclear Consultative Group (NCG) meeting in " + (2023 + i % 3) + ".\n\n"
                + "They " + verb + " to expand combined exercises and training, statement number "
                + i + ".\n";
    }
}
