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
 */
public record RuleInfo(String id, String name, String pkg, String file, int line, String source, String behaviour,
                       String severity, String nameJa, List<String> thresholds) {
    /** Copies the list. */
    public RuleInfo {
        thresholds = List.copyOf(thresholds);
    }

    /**
     * @param path a rule file's path within its rule set
     * @return whether it holds call-alert rules: the {@code calls/} folder, compiled into a knowledge base of its own
     *         and run by the live call monitor, never on a case
     */
    public static boolean isCallRuleFile(String path) {
        return path.startsWith("calls/");
    }

    /** @return whether this is a call-alert rule ({@link #isCallRuleFile(String)}) */
    public boolean isCallRule() {
        return isCallRuleFile(file);
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
        this(id, name, pkg, file, line, source, behaviour, severity, null, List.of());
    }
}
