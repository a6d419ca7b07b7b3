// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command keeps compiled rules between runs: where, how to turn it off, and that a warm run decides the same; the
 * default rules need no cache, they come precompiled.
 */
class RuleCacheSettingTest {

    @Test
    void theFolderComesFromTheVariableThenXdgThenHome() {
        assertThat(RuleCacheSetting.folder(Map.of("KASUHARA_RULE_CACHE", "/srv/cache"), "/home/a"))
                .isEqualTo(Path.of("/srv/cache"));
        assertThat(RuleCacheSetting.folder(Map.of("KASUHARA_RULE_CACHE", "OFF"), "/home/a")).isNull();
        assertThat(RuleCacheSetting.folder(Map.of("XDG_CACHE_HOME", "/x"), "/home/a"))
                .isEqualTo(Path.of("/x", "kasuhara", "rules"));
        assertThat(RuleCacheSetting.folder(Map.of("XDG_CACHE_HOME", "relative/cache"), "/home/a"))
                .as("a relative XDG_CACHE_HOME is ignored, as the XDG specification says")
                .isEqualTo(Path.of("/home/a", ".cache", "kasuhara", "rules"));
        assertThat(RuleCacheSetting.folder(Map.of(), "/home/a")).isEqualTo(Path.of("/home/a", ".cache", "kasuhara",
                "rules"));
        assertThat(RuleCacheSetting.folder(Map.of(), "")).isNull();
    }

    @Test
    void aSecondRunReadsTheCompiledRulesAndPrintsTheSame(@TempDir Path dir) throws Exception {
        Path cases = writeCase(dir);
        Path rules = RuleSetCopies.copyDefaults(dir.resolve("rules"));
        // a rule set of one's own: an identical copy of the defaults would use the packaged knowledge bases
        Files.writeString(rules.resolve("NOTES.md"), "Our copy of the default rules.\n");
        Path cache = dir.resolve("cache");
        String first = run(cases, cache, dir.resolve("first.txt"), "--rules", rules.toString());
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.filter(p -> p.toString().endsWith(".kbase"))).isNotEmpty();
        }
        String second = run(cases, cache, dir.resolve("second.txt"), "--rules", rules.toString());
        assertThat(second).isEqualTo(first).contains("KH-CONF-001");
    }

    @Test
    void theDefaultRulesComePrecompiledAndNeedNoCache(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");

        String output = run(writeCase(dir), cache, dir.resolve("out.txt"));

        assertThat(output).contains("KH-CONF-001");
        assertThat(cache).doesNotExist();
    }

    private static Path writeCase(Path dir) throws Exception {
        Path cases = dir.resolve("case.json");
        Files.writeString(cases, """
                {"id": "C-1", "receivedAt": "2026-11-20T14:03:00+09:00", "channel": "PHONE", "language": "ja",
                 "contacts": [{"channel": "PHONE", "start": "2026-11-20T14:03:00+09:00",
                               "end": "2026-11-20T15:17:00+09:00", "text": "ふざけるな、今すぐ返金しろ"}]}""");
        return cases;
    }

    private static String run(Path cases, Path cache, Path output, String... options) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", CliRun.ownJvmClasspath(),
                KasuharaCommand.class.getName(), "triage", "--json"));
        command.addAll(java.util.List.of(options));
        command.add(cases.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(false).redirectOutput(output.toFile())
                .redirectError(new File(output + ".err"));
        builder.environment().put(RuleCacheSetting.VARIABLE, cache.toString());
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(Path.of(output + ".err"))).isZero();
        assertThat(Files.readString(Path.of(output + ".err"))).doesNotContain("cannot be read back");
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
