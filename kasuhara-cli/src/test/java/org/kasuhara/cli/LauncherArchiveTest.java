// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./kasuhara} and its class-data archive, run as real processes: whatever state the archive is in — none, cut
 * short, corrupt, made for an older jar, in a folder that cannot be written — a run prints exactly what the command
 * prints in-process. Timings are not asserted.
 */
class LauncherArchiveTest {
    @TempDir
    static Path shared;
    private static LauncherLayout layout;
    private static String expected;

    @BeforeAll
    static void layout() throws IOException {
        layout = LauncherLayout.create(shared);
        CliRun inProcess = CliRun.of("triage", "--json", layout.sample().toString());
        assertThat(inProcess.exit()).isZero();
        expected = inProcess.out();
    }

    @Test
    void withoutAnArchiveAndWithTheOneItMakes(@TempDir Path cds) throws Exception {
        assertThat(run(Map.of("KASUHARA_CDS", "off"), cds)).isEqualTo(expected);
        assertThat(archives(cds)).isEmpty();

        assertThat(run(Map.of(), cds)).isEqualTo(expected);
        assertThat(archives(cds)).hasSize(1);
        assertThat(run(Map.of(), cds)).isEqualTo(expected);
    }

    @Test
    void aCorruptArchiveIsIgnored(@TempDir Path cds) throws Exception {
        damageTheArchiveMadeByARun(cds, file -> {
            for (long at = 4096; at < file.length(); at += file.length() / 7) {
                file.seek(at);
                file.write("corrupt".getBytes(StandardCharsets.US_ASCII));
            }
        });
        assertThat(run(Map.of(), cds)).isEqualTo(expected);
    }

    @Test
    void aTruncatedArchiveIsNotMappedAndIsMadeAgain(@TempDir Path cds) throws Exception {
        // mapped as it is, a truncated archive crashes the JVM (SIGBUS)
        damageTheArchiveMadeByARun(cds, file -> file.setLength(file.length() / 3));
        assertThat(run(Map.of(), cds)).isEqualTo(expected);
        assertThat(archives(cds)).singleElement().satisfies(made ->
                assertThat(made.getFileName().toString()).endsWith("-" + Files.size(made) + ".jsa"));
    }

    @Test
    void anArchiveOfAnOlderJarIsReplaced(@TempDir Path cds) throws Exception {
        run(Map.of(), cds);
        Path old = archives(cds).get(0);
        FileTime was = Files.getLastModifiedTime(layout.jar());
        try {
            Files.setLastModifiedTime(layout.jar(), FileTime.fromMillis(was.toMillis() + 60_000));
            assertThat(run(Map.of(), cds)).isEqualTo(expected);
            assertThat(archives(cds)).singleElement().isNotEqualTo(old);
        } finally {
            Files.setLastModifiedTime(layout.jar(), was);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenCostsNothingButTheArchive(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "");
        assertThat(run(Map.of(), file.resolve("cds"))).isEqualTo(expected); // not even root can create it

        Path readOnly = Files.createDirectories(temp.resolve("read-only"));
        assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
        try {
            assertThat(run(Map.of(), readOnly)).isEqualTo(expected);
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).hasSize(2);
        }
    }

    /** Runs {@code ./kasuhara triage --json -} on the sample; returns standard output after checking the exit. */
    private static String run(Map<String, String> env, Path cds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", layout.root().resolve("kasuhara").toString(), "triage",
                "--json", "-").redirectInput(layout.sample().toFile());
        builder.environment().putAll(env);
        builder.environment().put("KASUHARA_CDS_DIR", cds.toString());
        builder.environment().put("KASUHARA_RULE_CACHE", "off");
        Process process = builder.start();
        byte[] err = process.getErrorStream().readAllBytes();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errText = new String(err, StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(errText).isZero();
        assertThat(errText).doesNotContain("fatal error");
        return out;
    }

    private static List<Path> archives(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    /** What a test does to the archive file. */
    private interface Damage {
        void apply(RandomAccessFile file) throws IOException;
    }

    /** Runs the launcher once so that it makes its archive, then damages that archive in place. */
    private static void damageTheArchiveMadeByARun(Path cds, Damage damage) throws Exception {
        run(Map.of(), cds);
        Path archive = archives(cds).get(0);
        archive.toFile().setWritable(true);
        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "rw")) {
            damage.apply(file);
        }
    }
}
