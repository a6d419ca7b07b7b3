// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;

/** A rule set in a folder on disk. */
public final class DirectoryRuleSource implements RuleSource {
    private final Path directory;

    /** @param directory the rule set's folder */
    public DirectoryRuleSource(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** @return the rule set's folder, absolute and normalised */
    public Path directory() {
        return directory;
    }

    @Override
    public String describe() {
        return directory.toString();
    }

    @Override
    public List<RuleFile> files() {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("rule directory not found: " + directory);
        }
        return read(directory);
    }

    static List<RuleFile> read(Path root) {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!RuleFileKinds.isHidden(relative)) {
                    files.add(new RuleFile(relative, Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set " + root, e);
        }
        files.sort(Comparator.comparing(RuleFile::path));
        return List.copyOf(files);
    }
}
