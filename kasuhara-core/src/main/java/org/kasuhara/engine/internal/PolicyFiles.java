// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.io.StringReader;
import java.util.List;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.policy.Policies;
import org.kasuhara.policy.PolicyException;

/** Reads a rule set's {@code policy.yaml}; without one, the defaults of CCAJ-2025 and MHLW-2022 p.9 apply. */
final class PolicyFiles {
    private PolicyFiles() {
    }

    static Policies read(List<RuleFile> files, List<RuleProblem> problems) {
        RuleFile file = files.stream().filter(f -> f.path().equals(RuleFileKinds.POLICY)).findFirst().orElse(null);
        if (file == null) {
            return Policies.defaults();
        }
        try {
            return Policies.parse(new StringReader(file.text()), file.path());
        } catch (PolicyException e) {
            for (PolicyException.Problem p : e.problems()) {
                String key = p.key().isEmpty() ? "" : p.key() + ": ";
                problems.add(new RuleProblem(p.source(), p.line(), null, key + p.message(),
                        key + JapaneseMessages.of(p.message())));
            }
            return Policies.defaults();
        }
    }
}
