// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import java.util.List;

/**
 * A compiled rule's metadata, as a rule catalogue shows it.
 *
 * @param id         the {@code @id}, stable across versions
 * @param name       the rule's name, a sentence
 * @param pkg        the DRL package ({@code signals}, {@code verdict})
 * @param file       the file that holds it
 * @param line       the line of its {@code rule} keyword (a decision table's row)
 * @param source     the {@code @source} citation
 * @param behaviour  the {@code @behaviour} it derives, or {@code null}
 * @param severity   the {@code @severity} of its findings, or {@code null}
 * @param nameJa     the rule's name in Japanese ({@code @nameJa}), or {@code null}
 * @param thresholds the policy settings its conditions read, e.g. {@code confinementMinutes}
 * @param module     the folder of the plug-in module whose rules it is ({@code calls}), or {@code null} for a rule
 *                   that runs on cases
 */
public record RuleInfo(String id, String name, String pkg, String file, int line, String source, String behaviour,
                       String severity, String nameJa, List<String> thresholds, String module) {
    /** Copies the list. */
    public RuleInfo {
        thresholds = List.copyOf(thresholds);
    }

    /**
     * A rule that runs on cases.
     *
     * @param id         the {@code @id}
     * @param name       the rule's name
     * @param pkg        the DRL package
     * @param file       the file
     * @param line       the line
     * @param source     the {@code @source}
     * @param behaviour  the {@code @behaviour}, or {@code null}
     * @param severity   the {@code @severity}, or {@code null}
     * @param nameJa     the Japanese name, or {@code null}
     * @param thresholds the policy settings its conditions read
     */
    public RuleInfo(String id, String name, String pkg, String file, int line, String source, String behaviour,
                    String severity, String nameJa, List<String> thresholds) {
        this(id, name, pkg, file, line, source, behaviour, severity, nameJa, thresholds, null);
    }

    /** @return whether the rule runs on cases, not in a plug-in module's own knowledge base */
    public boolean isCaseRule() {
        return module == null;
    }

    /**
     * A rule without a Japanese name or thresholds.
     *
     * @param id        the {@code @id}
     * @param name      the rule's name
     * @param pkg       the DRL package
     * @param file      the file
     * @param line      the line
     * @param source    the {@code @source}
     * @param behaviour the {@code @behaviour}, or {@code null}
     * @param severity  the {@code @severity}, or {@code null}
     */
    public RuleInfo(String id, String name, String pkg, String file, int line, String source, String behaviour,
                    String severity) {
        this(id, name, pkg, file, line, source, behaviour, severity, null, List.of(), null);
    }
}
