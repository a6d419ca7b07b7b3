// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kasuhara.cmd}, the Windows launcher, and {@code .ci/windows-smoke.cmd}, which runs the smoke commands of
 * {@code .ci/run} through it. cmd.exe itself does not run here (Linux): what can be checked without it is checked —
 * the file's form, that it runs the jar {@code ./kasuhara} runs and builds it the same way, and that every command the
 * Windows smoke test gives is a valid command the CLI completes (run in-process, with the Windows paths mapped).
 */
class WindowsLauncherTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CALL = Pattern.compile("^\\s*call kasuhara\\.cmd (.+?)(?: \\|\\| goto :fail)?$");

    @Test
    void theLauncherIsAsciiWithCrlfAndEveryLabelItJumpsToExists() throws IOException {
        byte[] bytes = Files.readAllBytes(ROOT.resolve("kasuhara.cmd"));
        String text = new String(bytes, StandardCharsets.US_ASCII);

        for (byte b : bytes) {
            assertThat(b & 0xff).as("ASCII only: cmd.exe reads the console code page").isLessThan(0x80);
        }
        assertThat(text.split("\r\n", -1)).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        Matcher jumps = Pattern.compile("goto :(\\w+)").matcher(text);
        while (jumps.find()) {
            assertThat(text).as("label " + jumps.group(1)).contains("\r\n:" + jumps.group(1) + "\r\n");
        }
        assertThat(Files.readString(ROOT.resolve(".gitattributes"))).contains("*.cmd text eol=crlf");
    }

    @Test
    void theLauncherRunsAndBuildsTheSameJarAsTheBashLauncher() throws IOException {
        String cmd = Files.readString(ROOT.resolve("kasuhara.cmd"));
        String bash = Files.readString(ROOT.resolve("kasuhara"));

        assertThat(bash).contains("kasuhara-cli/target/kasuhara.jar", "install -pl kasuhara-cli -am");
        assertThat(cmd).contains("kasuhara-cli\\target\\kasuhara.jar", "mvnw.cmd -q -B -DskipTests install -pl "
                + "kasuhara-cli -am", "-jar \"%KASUHARA_JAR%\" %*", "exit /b %ERRORLEVEL%");
        assertThat(Files.exists(ROOT.resolve("mvnw.cmd"))).isTrue();
    }

    @Test
    void everyCommandOfTheWindowsSmokeTestIsOneTheCliCompletes(@TempDir Path store) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve(".ci/windows-smoke.cmd"));
        List<Path> samples;
        try (Stream<Path> files = Files.list(ROOT.resolve("examples/cases"))) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int commands = 0;
        for (String line : lines) {
            Matcher call = CALL.matcher(line);
            if (!call.matches()) {
                continue;
            }
            List<String> files = call.group(1).contains("%%f") ? samples.stream().map(Path::toString).toList()
                    : List.of("");
            for (String file : files) {
                String[] args = windowsArguments(call.group(1), store, file);
                CliRun run = CliRun.of(args);
                assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isZero();
                commands++;
            }
        }
        assertThat(commands).as("triage ×2, intake per sample, due, monthly, case PDF").isEqualTo(5 + samples.size());
        assertThat(Files.readAllBytes(store.resolve("KH-00000001.pdf"))).startsWith("%PDF-".getBytes(
                StandardCharsets.US_ASCII));
    }

    /** The arguments cmd.exe would pass, with %STORE%, %%f and backslashed relative paths mapped for this machine. */
    private static String[] windowsArguments(String line, Path store, String file) {
        List<String> args = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (word.find()) {
            String arg = word.group(1) != null ? word.group(1) : word.group(2);
            arg = arg.replace("%STORE%", store.toString()).replace("%%f", file);
            if (arg.startsWith("examples\\") || arg.contains("\\")) {
                arg = arg.replace('\\', '/');
                if (arg.startsWith("examples/")) {
                    arg = ROOT.resolve(arg).toString();
                }
            }
            args.add(arg);
        }
        return args.toArray(String[]::new);
    }
}
