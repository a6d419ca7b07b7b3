// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kasuhara triage --watch}: cases piped in one by one while the rule folder changes underneath. */
public class TriageWatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Generous: a reload takes about a second; a loaded CI machine may take much longer. */
    private static final long PATIENCE_MILLIS = 120_000;

    @TempDir
    Path dir;

    /** The 74-minute sample call, shortened to 50 minutes: confinement only under a 45-minute threshold. */
    private static String fiftyMinuteCall() throws IOException {
        ObjectNode call = (ObjectNode) JSON.readTree(SampleCasesTest.CASES.resolve("harassment-74-minute-call.json")
                .toFile());
        ((ObjectNode) call.get("contacts").get(0)).put("end", "2026-11-20T14:53:00+09:00");
        // Only the clock: a contact whose text shows the same claim kept up is persistent at any threshold.
        ((ObjectNode) call.get("contacts").get(0)).remove("text");
        return JSON.writeValueAsString(call) + "\n";
    }

    private static void waitFor(StringWriter writer, Predicate<String> condition, String what)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!condition.test(writer.toString())) {
            assertThat(System.currentTimeMillis()).as("waiting for %s; so far:%n%s", what, writer).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static Predicate<String> lines(int count) {
        return text -> text.lines().filter(line -> !line.isBlank()).count() >= count;
    }

    @Test
    public void aRunningTriagePicksUpAChangedThresholdAndReportsARejectedChangeByLine() throws Exception {
        Path rules = RuleSetCopies.copyDefaults(dir.resolve("rules"));
        Path policy = rules.resolve("policy.yaml");
        String original = Files.readString(policy);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed, 64 * 1024);
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> KasuharaCommand.commandLine(stdin)
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("triage", "--watch", "--json", "--lang", "en", "--rules", rules.toString(), "-"));
        byte[] call = fiftyMinuteCall().getBytes(StandardCharsets.UTF_8);

        feed.write(call);
        feed.flush();
        waitFor(out, lines(1), "the first assessment");
        Files.writeString(policy, original.replace("confinementMinutes: 60", "confinementMinutes: 45"));
        waitFor(err, text -> text.contains("rules reloaded"), "the reload notice");
        feed.write(call);
        feed.flush();
        waitFor(out, lines(2), "the second assessment");
        Files.writeString(policy, original.replace("confinementMinutes: 60", "confinementMinutes: sixty"));
        waitFor(err, text -> text.contains("still using"), "the rejection notice");
        feed.write(call);
        feed.close();
        int exit = run.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);

        assertThat(exit).as(err.toString()).isZero();
        List<JsonNode> assessments = out.toString().lines().filter(l -> !l.isBlank()).map(this::parse).toList();
        assertThat(assessments).hasSize(3);
        JsonNode at60 = assessments.get(0);
        JsonNode at45 = assessments.get(1);
        assertThat(at45.at("/ruleSet/version").asText()).isNotEqualTo(at60.at("/ruleSet/version").asText());
        assertThat(at60.at("/verdict").asText()).isNotEqualTo(at45.at("/verdict").asText());
        assertThat(at45.at("/verdict").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(err.toString()).contains("rules reloaded: kasuhara-default " + at45.at("/ruleSet/version").asText());
        // the rejected change keeps the 45-minute rules, and says where the mistake is
        assertThat(assessments.get(2)).isEqualTo(at45);
        assertThat(err.toString()).contains(policy + ":" + lineOf(original, "confinementMinutes: 60") + ": ")
                .contains("still using: kasuhara-default " + at45.at("/ruleSet/version").asText());
    }

    @Test
    public void watchingNeedsARuleFolder() {
        CliRun run = CliRun.of("triage", "--watch", "--lang", "en", "-");
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("--watch needs the folder to watch: --rules DIR");
    }

    private JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no line with " + needle);
    }
}
