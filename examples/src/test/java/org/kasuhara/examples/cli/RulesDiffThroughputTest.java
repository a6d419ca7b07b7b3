package org.kasuhara.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How fast {@code rules diff} compares a long history: 100,000 cases made from the example history, old rules
 * against a 45-minute confinement threshold. A measurement, not a check, so it runs only when asked:
 * {@code ./mvnw -pl examples -am test -Dtest=RulesDiffThroughputTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dkasuhara.throughput=true} (add {@code -Dkasuhara.threads=1} to compare thread counts).
 */
@EnabledIfSystemProperty(named = "kasuhara.throughput", matches = "true")
class RulesDiffThroughputTest {
    private static final int CASES = 100_000;

    @Test
    void compareOneHundredThousandCases(@TempDir Path temp) throws IOException {
        Path oldRules = RuleSetCopies.copyDefaults(temp.resolve("old"));
        Path newRules = RuleSetCopies.copyDefaults(temp.resolve("new"));
        Path policy = newRules.resolve("policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("confinementMinutes: 60", "confinementMinutes: 45"));
        Path history = temp.resolve("history.jsonl");
        List<String> samples = Files.readAllLines(SampleCasesTest.CASES.resolve("history.jsonl"));
        try (BufferedWriter out = Files.newBufferedWriter(history, StandardCharsets.UTF_8)) {
            for (int i = 0; i < CASES; i++) {
                String line = samples.get(i % samples.size());
                out.write(line.replaceFirst("\"id\": \"HX-2026-\\d+\"", String.format("\"id\": \"BX-%06d\"", i)));
                out.newLine();
            }
        }
        String threads = System.getProperty("kasuhara.threads",
                String.valueOf(Runtime.getRuntime().availableProcessors()));

        long start = System.nanoTime();
        CliRun run = CliRun.of("rules", "diff", "--json", "--no-progress", "--threads", threads,
                oldRules.toString(), newRules.toString(), history.toString());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(run.exit()).as(run.err()).isZero();
        System.out.printf("rules diff: %,d cases (%,d MB) on %s thread(s) in %.1f s: %,.0f cases/s"
                + " (including the compilation of both rule sets)%n", CASES, Files.size(history) >> 20, threads,
                seconds, CASES / seconds);
    }
}
