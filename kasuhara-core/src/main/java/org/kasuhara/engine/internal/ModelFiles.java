// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.text.TextNet;

/** Reads a rule set's statistical net ({@code models/abuse-net.tsv}), if it has one. */
final class ModelFiles {
    private ModelFiles() {
    }

    /** @return the net, or {@code null} when the rule set has none or it is malformed (a problem is added) */
    static TextNet read(List<RuleFile> files, List<RuleProblem> problems) {
        for (RuleFile file : files) {
            if (file.path().equals(RuleFileKinds.NET)) {
                try {
                    return TextNet.parse(file.text(), file.path());
                } catch (TextNet.FormatException e) {
                    problems.add(new Bilingual("統計モデルのファイルが正しくありません（kasuhara model train で作り直せます）: "
                            + e.reason(), "the statistical net is malformed (kasuhara model train rebuilds it): "
                            + e.reason()).at(file.path(), e.line(), null));
                }
            }
        }
        return null;
    }
}
