// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseReader;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;

/**
 * Knowledge bases packaged at build time: used for exactly the files they were compiled from, never when a file
 * differs, never when they cannot be read. The tests package a small rule set onto their own class path, as the
 * build packages the default rules into the kasuhara-rules jar.
 */
class PackagedRuleSetsTest {
    private static final Case LONG_CALL = new CaseReader().readOne("""
            {"id": "C-1", "receivedAt": "2026-11-20T14:03:00+09:00", "channel": "PHONE",
             "contacts": [{"channel": "PHONE", "start": "2026-11-20T14:03:00+09:00",
                           "end": "2026-11-20T15:17:00+09:00"}]}""");

    @TempDir
    Path rules;
    private Path packaged;
    private List<Path> all = List.of();
    private List<Path> written = List.of();

    @BeforeEach
    void writeRules() throws URISyntaxException {
        System.clearProperty(CompiledRuleCache.PROPERTY);
        TestRuleSets.basic(rules);
        packaged = Path.of(PackagedRuleSetsTest.class.getResource("/").toURI()).resolve(PackagedRuleSets.FOLDER);
    }

    @AfterEach
    void removePackaged() throws IOException {
        for (Path file : all) {
            Files.deleteIfExists(file);
        }
    }

    private void packageRules() throws IOException {
        all = PackagedRuleSetWriter.write(RuleSource.directory(rules), packaged, InstalledModules.all());
        written = all.stream().filter(p -> p.toString().endsWith(".kbase")).toList();
    }

    private Assessment assess() {
        return TriageEngine.builder().rules(RuleSource.directory(rules)).build().assess(LONG_CALL);
    }

    @Test
    void theSameFilesUseThePackagedKnowledgeBaseAndDecideAsCompiledOnes() throws IOException {
        Assessment compiled = assess();
        packageRules();
        int used = PackagedRuleSets.used();

        Assessment fromPackage = assess();

        assertThat(written).hasSize(1);
        assertThat(all).hasSize(3).anyMatch(p -> p.toString().endsWith(".forms"))
                .anyMatch(p -> p.toString().endsWith(".terms"));
        assertThat(PackagedRuleSets.used()).isEqualTo(used + 1);
        assertThat(KasuharaJson.toJson(fromPackage)).isEqualTo(KasuharaJson.toJson(compiled));
    }

    @Test
    void aChangedRuleFileIsCompiledInsteadOfUsingThePackage() throws IOException {
        packageRules();
        Path drl = rules.resolve("signals/confinement.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// changed\n");
        int used = PackagedRuleSets.used();

        assertThat(assess().findings()).isNotEmpty();
        assertThat(PackagedRuleSets.used()).isEqualTo(used);
    }

    @Test
    void aChangeToAFileOtherThanRulesAlsoChangesTheKey() throws IOException {
        packageRules();
        Path manifest = rules.resolve("ruleset.yaml");
        Files.writeString(manifest, Files.readString(manifest) + "# changed\n");
        int used = PackagedRuleSets.used();

        assess();

        assertThat(PackagedRuleSets.used()).isEqualTo(used);
    }

    @Test
    void aCorruptedPackageIsIgnoredAndTheRulesAreCompiled() throws IOException {
        Assessment compiled = assess();
        packageRules();
        byte[] bytes = Files.readAllBytes(written.get(0));
        Files.write(written.get(0), Arrays.copyOf(bytes, bytes.length / 2));
        int used = PackagedRuleSets.used();

        Assessment fallback = assess();

        assertThat(PackagedRuleSets.used()).isEqualTo(used);
        assertThat(KasuharaJson.toJson(fallback)).isEqualTo(KasuharaJson.toJson(compiled));
    }

    @Test
    void aPackageCompiledAgainstOtherFactClassesIsIgnored() throws IOException {
        packageRules();
        rewriteClassDigest(written.get(0), "0".repeat(64)); // as if a fact class had been rebuilt since
        int used = PackagedRuleSets.used();

        assertThat(assess().findings()).isNotEmpty();
        assertThat(PackagedRuleSets.used()).isEqualTo(used);
    }

    private static void rewriteClassDigest(Path file, String digest) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file));
             DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(in.readUTF());
            out.writeUTF(in.readUTF());
            int classes = in.readInt();
            out.writeInt(classes);
            for (int i = 0; i < classes; i++) {
                out.writeUTF(in.readUTF());
            }
            in.readUTF();
            out.writeUTF(digest);
            in.transferTo(out);
        }
        Files.write(file, bytes.toByteArray());
    }
}
