// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseReader;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;

/** The on-disk cache of compiled rules: used when the files are the same, never trusted when unreadable. */
class CompiledRuleCacheTest {
    private static final Case LONG_CALL = new CaseReader().readOne("""
            {"id": "C-1", "receivedAt": "2026-11-20T14:03:00+09:00", "channel": "PHONE",
             "contacts": [{"channel": "PHONE", "start": "2026-11-20T14:03:00+09:00",
                           "end": "2026-11-20T15:17:00+09:00"}]}""");

    @TempDir
    Path rules;
    @TempDir
    Path cache;

    @BeforeEach
    void useTheCache() {
        System.setProperty(CompiledRuleCache.PROPERTY, cache.toString());
        TestRuleSets.basic(rules);
    }

    @AfterEach
    void stopUsingIt() {
        System.clearProperty(CompiledRuleCache.PROPERTY);
    }

    private Assessment assess() {
        return TriageEngine.builder().rules(RuleSource.directory(rules)).build().assess(LONG_CALL);
    }

    private List<Path> cached() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".kbase")).toList();
        }
    }

    @Test
    void theSecondBuildReadsTheCompiledRulesBackAndDecidesTheSame() throws IOException {
        Assessment compiled = assess();
        assertThat(cached()).hasSize(1);
        int hits = CompiledRuleCache.hits();

        Assessment restored = assess();

        assertThat(CompiledRuleCache.hits()).isGreaterThan(hits);
        assertThat(restored.verdict()).isEqualTo(compiled.verdict());
        assertThat(restored.findings()).isEqualTo(compiled.findings());
        assertThat(restored.basis()).isEqualTo(compiled.basis());
    }

    @Test
    void aChangedRuleFileIsCompiledAgainUnderAnotherKey() throws IOException {
        assess();
        Files.writeString(rules.resolve("signals/confinement.drl"), Files.readString(
                rules.resolve("signals/confinement.drl")) + "\n// changed\n");
        assess();
        assertThat(cached()).hasSize(2);
    }

    @Test
    void anUnreadableCacheFileIsIgnoredAndReplaced() throws IOException {
        Assessment compiled = assess();
        Path file = cached().get(0);
        Files.write(file, new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 1, 2, 3});
        int hits = CompiledRuleCache.hits();

        Assessment again = assess();

        assertThat(again.findings()).isEqualTo(compiled.findings());
        assertThat(CompiledRuleCache.hits()).isEqualTo(hits);
        assertThat(Files.size(file)).as("rewritten by the fresh compilation").isGreaterThan(1000);
        assess();
        assertThat(CompiledRuleCache.hits()).isGreaterThan(hits);
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyCostsTime() throws IOException {
        Path notAFolder = cache.resolve("file");
        Files.writeString(notAFolder, "x");
        System.setProperty(CompiledRuleCache.PROPERTY, notAFolder.toString());
        assertThat(assess().findings()).isNotEmpty();
    }

    @Test
    void theFolderKeepsOnlyTheNewestCompiledRuleSets() throws IOException {
        for (int i = 0; i < CompiledRuleCache.KEPT + 4; i++) {
            Path old = Files.writeString(cache.resolve("old-" + i + ".kbase"), "x");
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000L + i));
        }
        assess();
        assertThat(cached()).hasSize(CompiledRuleCache.KEPT)
                .noneMatch(p -> p.getFileName().toString().equals("old-0.kbase"))
                .anyMatch(p -> !p.getFileName().toString().startsWith("old-"));
    }
}
