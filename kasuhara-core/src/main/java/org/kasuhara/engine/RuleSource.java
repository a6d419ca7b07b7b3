// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import java.nio.file.Path;
import java.util.List;
import org.kasuhara.engine.internal.ClasspathRuleSource;
import org.kasuhara.engine.internal.DirectoryRuleSource;

/**
 * Where a rule set's files come from. A rule set is a folder holding {@code ruleset.yaml} (its name),
 * {@code policy.yaml} (thresholds), {@code lexicons/*.tsv} and DRL files in {@code signals/} and {@code verdict/}.
 */
public interface RuleSource {

    /** Where the default rule set lives on the classpath (in {@code kasuhara-rules}). */
    String DEFAULT_ROOT = "kasuhara/rules/default";

    /**
     * Describes the source for messages.
     *
     * @return e.g. {@code classpath:kasuhara/rules/default} or a directory path
     */
    String describe();

    /**
     * Reads every file of the rule set.
     *
     * @return the files, sorted by path
     * @throws java.io.UncheckedIOException when the files cannot be read
     * @throws IllegalStateException        when the source does not exist
     */
    List<RuleFile> files();

    /**
     * A rule set in a directory, read afresh on every call to {@link #files()}.
     *
     * @param directory the folder
     * @return the source
     */
    static RuleSource directory(Path directory) {
        return new DirectoryRuleSource(directory);
    }

    /**
     * A rule set on the classpath, in a folder or inside a jar.
     *
     * @param root the folder's resource path, e.g. {@code kasuhara/rules/default}
     * @return the source
     */
    static RuleSource classpath(String root) {
        return new ClasspathRuleSource(root, RuleSource.class.getClassLoader());
    }

    /**
     * The default rule set, shipped in {@code kasuhara-rules}.
     *
     * @return the source; {@link #files()} fails with a clear message when {@code kasuhara-rules} is missing
     */
    static RuleSource defaults() {
        return classpath(DEFAULT_ROOT);
    }
}
