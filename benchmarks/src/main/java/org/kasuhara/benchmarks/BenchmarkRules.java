// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.nio.file.Path;
import org.kasuhara.engine.RuleSource;

/**
 * The rule set a benchmark runs on, by name: {@code default} (the rules and lexicons in {@code kasuhara-rules})
 * or the path of a rule-set directory, so that an organisation can measure its own rules
 * ({@code -p rules=/path/to/rules}).
 */
public final class BenchmarkRules {
    /** The name of the default rules. */
    public static final String DEFAULT = "default";

    private BenchmarkRules() {
    }

    /**
     * The rule source of a name.
     *
     * @param name {@code default} or a rule-set directory
     * @return the source
     */
    public static RuleSource named(String name) {
        return DEFAULT.equals(name) ? RuleSource.defaults() : RuleSource.directory(Path.of(name));
    }
}
