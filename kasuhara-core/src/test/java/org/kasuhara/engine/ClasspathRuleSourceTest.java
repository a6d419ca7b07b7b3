// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.internal.ClasspathRuleSource;

class ClasspathRuleSourceTest {
    @TempDir
    Path dir;

    private Path jarOfBasicRules() throws Exception {
        Path rules = TestRuleSets.basic(Files.createDirectories(dir.resolve("src")));
        Path jar = dir.resolve("rules.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : List.of("ruleset.yaml", "signals/confinement.drl", "verdict/verdict.drl")) {
                out.putNextEntry(new JarEntry("my/rules/" + name));
                out.write(Files.readAllBytes(rules.resolve(name)));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void readsARuleSetInsideAJarLikeTheSameFolderOnDisk() throws Exception {
        Path jar = jarOfBasicRules();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            RuleSet fromJar = RuleSet.compile(new ClasspathRuleSource("my/rules", loader));
            RuleSet fromDisk = RuleSet.compile(RuleSource.directory(dir.resolve("src")));
            assertThat(fromJar.version()).isEqualTo(fromDisk.version());
            assertThat(fromJar.rules()).hasSize(2);
        }
    }

    @Test
    void manyThreadsCanCompileFromTheSameJarAtOnce() throws Exception {
        Path jar = jarOfBasicRules();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<Future<RuleSet>> builds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                builds.add(pool.submit(() -> RuleSet.compile(new ClasspathRuleSource("my/rules", loader))));
            }
            for (Future<RuleSet> build : builds) {
                assertThat(build.get().rules()).hasSize(2);
            }
        } finally {
            pool.shutdown();
        }
    }
}
