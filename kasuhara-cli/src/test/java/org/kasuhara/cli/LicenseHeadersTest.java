// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every Java source, POM and shell or batch script of the repository names its licence in its first lines, as
 * {@code .ci/spdx-headers.sh} adds it (run that script to fix a failure). The same files are left out: the Maven
 * wrapper, resources (evaluation data, fixtures) and build output.
 */
class LicenseHeadersTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String SPDX = "SPDX-License-Identifier: Apache-2.0";
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", ".git", ".mvn", "node_modules", "resources");
    private static final Set<String> WRAPPER = Set.of("mvnw", "mvnw.cmd");

    @Test
    void everySourcePomAndScriptNamesItsLicence() throws IOException {
        List<String> missing = new ArrayList<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(ROOT) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (needsHeader(file) && !firstLines(file).contains(SPDX)) {
                    missing.add(ROOT.relativize(file).toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertThat(missing).as("files without \"%s\" (run .ci/spdx-headers.sh)", SPDX).isEmpty();
    }

    @Test
    void theJavaSourcesAreFound() throws IOException {
        // guards the walk itself: an empty walk would pass the check above
        assertThat(needsHeader(ROOT.resolve("kasuhara-cli/src/test/java/org/kasuhara/cli/LicenseHeadersTest.java")))
                .isTrue();
        assertThat(needsHeader(ROOT.resolve(".ci/run"))).isTrue();
        assertThat(needsHeader(ROOT.resolve("mvnw"))).isFalse();
    }

    private static boolean needsHeader(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (WRAPPER.contains(name) && file.getParent().equals(ROOT)) {
            return false;
        }
        if (name.endsWith(".java") || name.equals("pom.xml") || name.endsWith(".cmd")) {
            return true;
        }
        if (name.contains(".") && !name.endsWith(".sh")) {
            return false; // data, documents, binaries: only extension-less files and .sh can be scripts
        }
        String first = firstLines(file).lines().findFirst().orElse("");
        return first.matches("#!.*[/ ](ba)?sh\\b.*");
    }

    private static String firstLines(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            for (int i = 0; i < 6 && (line = reader.readLine()) != null; i++) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }
}
