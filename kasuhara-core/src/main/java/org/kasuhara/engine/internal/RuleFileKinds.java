package org.kasuhara.engine.internal;

/** Which files belong to a rule set, by name. */
final class RuleFileKinds {
    static final String MANIFEST = "ruleset.yaml";
    static final String POLICY = "policy.yaml";

    private RuleFileKinds() {
    }

    static boolean isRuleSetFile(String path) {
        return isDrl(path) || isLexicon(path) || path.equals(MANIFEST) || path.equals(POLICY);
    }

    static boolean isDrl(String path) {
        return path.endsWith(".drl");
    }

    static boolean isLexicon(String path) {
        return path.startsWith("lexicons/") && path.endsWith(".tsv");
    }
}
