// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A copy of the repository's root as {@code ./kasuhara} sees it, for running the launcher in tests before the
 * runnable jar is packaged: the script, the sample case it trains its class-data archive on, and a
 * {@code kasuhara-cli/target/kasuhara.jar} that names the test class path in its manifest. Class folders are packed
 * into jars of their own: a class-data archive takes classes from jars only.
 */
record LauncherLayout(Path root, Path jar, Path sample) {
    static final String SAMPLE = "examples/cases/legitimate-wrong-name-cake-refund.json";
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    static LauncherLayout create(Path root) throws IOException {
        Files.copy(REPOSITORY.resolve("kasuhara"), root.resolve("kasuhara"));
        Path sample = root.resolve(SAMPLE);
        Files.createDirectories(sample.getParent());
        Files.copy(REPOSITORY.resolve(SAMPLE), sample);
        Path target = Files.createDirectories(root.resolve("kasuhara-cli/target"));
        Path lib = Files.createDirectories(target.resolve("lib"));
        List<String> classPath = new ArrayList<>();
        int n = 0;
        for (String entry : CliRun.ownJvmClasspath().split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (entry.contains("test-classes") || !Files.exists(from)) {
                continue;
            }
            if (Files.isDirectory(from)) {
                Path to = lib.resolve(n++ + ".jar");
                pack(from, to, null);
                from = to;
            }
            // relative to the jar's folder, as the Class-Path attribute wants it
            classPath.add(target.relativize(from.toAbsolutePath()).toString().replace(File.separatorChar, '/'));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, KasuharaCommand.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path jar = target.resolve("kasuhara.jar");
        pack(null, jar, manifest);
        return new LauncherLayout(root, jar, sample);
    }

    private static void pack(Path folder, Path jar, Manifest manifest) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, manifest)) {
            if (folder == null) {
                return;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                out.putNextEntry(new JarEntry(folder.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }
}
