// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.examples.embed.WatchingExample;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Verdict;

/**
 * The rule-authoring guides, replayed: every command, file and edit in {@code docs/rule-authoring.ja.md} and
 * {@code .en.md}, in order, in a fresh folder, with the exit codes and output the guide shows. Then the last step
 * of the guide for real: a running engine on the workspace picks up a change without a restart.
 */
public class RuleAuthoringGuideTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path work;

    private String lastOutput = "";

    @ParameterizedTest
    @ValueSource(strings = {"rule-authoring.ja.md", "rule-authoring.en.md"})
    public void everyStepOfTheGuideDoesWhatItSays(String name) throws IOException {
        Path guide = ROOT.resolve("docs").resolve(name);
        List<GuideSteps> steps = GuideSteps.of(guide);
        assertThat(steps).extracting(GuideSteps::kind)
                .contains("run", "output", "edit", "append", "write", "java").hasSizeGreaterThan(15);
        for (GuideSteps step : steps) {
            String where = step.where(guide);
            switch (step.kind()) {
                case "run" -> run(step, where);
                case "output" -> output(step, where);
                case "write" -> Files.writeString(file(step), step.body() + "\n");
                case "append" -> Files.writeString(file(step), step.body() + "\n", java.nio.file.StandardOpenOption.APPEND);
                case "edit" -> edit(step, where);
                case "java" -> java(step, where);
                default -> throw new AssertionError(where + ": unknown step");
            }
        }
        aRunningEnginePicksUpTheWorkspaceWithoutARestart(work.resolve("my-rules"));
    }

    private void run(GuideSteps step, String where) {
        int exit = step.argument().startsWith("exit=") ? Integer.parseInt(step.argument().substring(5)) : 0;
        StringBuilder output = new StringBuilder();
        for (String command : step.body().lines().filter(l -> !l.isBlank()).toList()) {
            assertThat(command).as(where).startsWith("./kasuhara ");
            String[] args = Arrays.stream(command.substring("./kasuhara ".length()).split("\\s+"))
                    .map(this::path).toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).as(where + ": " + command + "\n" + run.out() + run.err()).isEqualTo(exit);
            output.append(run.out()).append(run.err());
        }
        lastOutput = output.toString().replace(work + "/", "").replace(ROOT + "/", "");
    }

    /** Folders and files the guide names relatively are made in the test's folder; sample data is the project's. */
    private String path(String arg) {
        if (arg.startsWith("my-") || arg.startsWith("current")) {
            return work.resolve(arg).toString();
        }
        return arg.startsWith("examples/") ? ROOT.resolve(arg).toString() : arg;
    }

    /** Each line shown must be in the output; {@code …} stands for what differs from run to run (hashes). */
    private void output(GuideSteps step, String where) {
        for (String shown : step.body().lines().filter(l -> !l.isBlank()).toList()) {
            Pattern line = Pattern.compile(Arrays.stream(shown.split("…", -1)).map(Pattern::quote)
                    .reduce((a, b) -> a + ".*" + b).orElseThrow());
            assertThat(lastOutput.lines().anyMatch(l -> line.matcher(l).find()))
                    .as(where + ": the output has the line\n" + shown + "\nOutput:\n" + lastOutput).isTrue();
        }
    }

    private Path file(GuideSteps step) {
        return work.resolve(step.argument());
    }

    /** A diff block: each {@code -} line is replaced by the {@code +} line after it, once. */
    private void edit(GuideSteps step, String where) throws IOException {
        List<String> lines = step.body().lines().toList();
        String text = Files.readString(file(step));
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            assertThat(lines.get(i)).as(where).startsWith("-");
            assertThat(lines.get(i + 1)).as(where).startsWith("+");
            String old = lines.get(i).substring(1) + "\n";
            assertThat(text).as(where + ": the file has the line to change").contains(old);
            text = text.replaceFirst(Pattern.quote(old), java.util.regex.Matcher.quoteReplacement(
                    lines.get(i + 1).substring(1) + "\n"));
        }
        Files.writeString(file(step), text);
    }

    /** Java in the guide is the marked part of a compiled, tested example. */
    private void java(GuideSteps step, String where) throws IOException {
        String source = Files.readString(ROOT.resolve("examples/src/main/java").resolve(step.argument()));
        String marked = source.substring(source.indexOf("// guide:start\n") + "// guide:start\n".length(),
                source.indexOf("        // guide:end"));
        assertThat(step.body() + "\n").as(where).isEqualTo(marked);
    }

    private static void aRunningEnginePicksUpTheWorkspaceWithoutARestart(Path rules) throws IOException {
        List<String> notices = new CopyOnWriteArrayList<>();
        try (ReloadingTriageEngine engine = WatchingExample.start(rules, notices::add)) {
            String before = engine.ruleSet().version();
            assertThat(engine.assess(callOf(42)).verdict()).isEqualTo(Verdict.LEGITIMATE_COMPLAINT);

            Path policy = rules.resolve("policy.yaml");
            Files.writeString(policy, Files.readString(policy).replace("confinementMinutes: 45", "confinementMinutes: 40"));
            await(() -> !engine.ruleSet().version().equals(before));
            var after = engine.assess(callOf(42));
            assertThat(after.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
            assertThat(after.ruleSet().version()).isNotEqualTo(before);
            // the notice follows the swap, from the watcher's thread
            await(() -> notices.contains("rules now " + after.ruleSet().version()));

            Files.writeString(policy, Files.readString(policy).replace("confinementMinutes: 40", "confinementMinutes: x"));
            await(() -> notices.stream().anyMatch(n -> n.startsWith("kept rules: policy.yaml:8:")));
            assertThat(engine.assess(callOf(42)).ruleSet().version()).isEqualTo(after.ruleSet().version());
        }
    }

    private static Case callOf(int minutes) {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:00:00+09:00");
        return Case.builder("C-GUIDE", start, Channel.PHONE)
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(minutes), "op-1", null, null)).build();
    }

    /** Waits for the watcher (it runs on its own thread), up to two minutes on a busy machine. */
    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the engine picked the change up in time").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
