package org.kasuhara.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;

/**
 * The rule sets the benchmarks run on, by name: {@code default} (the rules in {@code kasuhara-rules}),
 * {@code sampleLexicon} (the default rules plus {@code lexicons/sample.tsv} of this module, about 70 terms, so that
 * text analysis does realistic work while the default rule set ships no lexicon), or the path of a rule-set
 * directory.
 */
public final class BenchmarkRules {
    /** The name of the default rules. */
    public static final String DEFAULT = "default";
    /** The name of the default rules plus the sample lexicon. */
    public static final String SAMPLE_LEXICON = "sampleLexicon";
    private static final String SAMPLE_PATH = "lexicons/sample.tsv";

    private BenchmarkRules() {
    }

    /**
     * The rule source of a name.
     *
     * @param name {@code default}, {@code sampleLexicon} or a directory
     * @return the source
     */
    public static RuleSource named(String name) {
        return switch (name) {
            case DEFAULT -> RuleSource.defaults();
            case SAMPLE_LEXICON -> withSampleLexicon(RuleSource.defaults());
            default -> RuleSource.directory(Path.of(name));
        };
    }

    private static RuleSource withSampleLexicon(RuleSource base) {
        return new RuleSource() {
            @Override
            public String describe() {
                return base.describe() + " + benchmarks " + SAMPLE_PATH;
            }

            @Override
            public List<RuleFile> files() {
                List<RuleFile> files = new ArrayList<>(base.files());
                files.add(new RuleFile("lexicons/benchmark-sample.tsv", sampleLexicon()));
                files.sort(Comparator.comparing(RuleFile::path));
                return files;
            }
        };
    }

    private static byte[] sampleLexicon() {
        try (InputStream in = BenchmarkRules.class.getClassLoader().getResourceAsStream(SAMPLE_PATH)) {
            if (in == null) {
                throw new IllegalStateException("resource not found: " + SAMPLE_PATH);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SAMPLE_PATH, e);
        }
    }
}
