// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

/** Which files belong to a rule set, by name. */
final class RuleFileKinds {
    static final String MANIFEST = "ruleset.yaml";
    static final String POLICY = "policy.yaml";
    /** The statistical net's weights, rebuilt by {@code kasuhara model train}. */
    static final String NET = "models/abuse-net.tsv";

    private RuleFileKinds() {
    }

    static boolean isRuleSetFile(String path) {
        return isDrl(path) || isDecisionTable(path) || isLexicon(path) || path.equals(MANIFEST) || path.equals(POLICY)
                || path.equals(NET) || isDocument(path);
    }

    /** Notes for people (README.md and the like) may sit anywhere; they are part of the version but not read. */
    static boolean isDocument(String path) {
        return path.endsWith(".md") || path.endsWith(".txt");
    }

    /**
     * Scenarios ({@code scenarios/}) test a rule set; they travel with it but are not part of it: editing a
     * scenario neither changes the rule set's version nor reloads it.
     */
    static boolean isScenario(String path) {
        return path.startsWith("scenarios/");
    }

    /** Editor and system files (.DS_Store, .swp, ~ backups) are not part of a rule set. */
    static boolean isHidden(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith(".") || name.endsWith("~");
    }

    /** @return the first folder of a path within the rule set, or {@code ""} for a file at its top */
    static String topFolder(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static boolean isDrl(String path) {
        return path.endsWith(".drl");
    }

    /** Spreadsheet decision tables: each row a rule (CSV always; XLSX when Apache POI is present). */
    static boolean isDecisionTable(String path) {
        return path.endsWith(".drl.csv") || path.endsWith(".drl.xlsx");
    }

    static boolean isLexicon(String path) {
        return path.startsWith("lexicons/") && path.endsWith(".tsv");
    }
}
