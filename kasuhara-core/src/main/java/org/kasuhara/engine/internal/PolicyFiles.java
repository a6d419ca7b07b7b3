package org.kasuhara.engine.internal;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.policy.Policies;
import org.kasuhara.policy.PolicyException;

/** Reads a rule set's {@code policy.yaml}; without one, the defaults of domain.md §3 apply. */
final class PolicyFiles {
    private static final Pattern LOCATED = Pattern.compile("^(.*?):(\\d+): (.*)$", Pattern.DOTALL);

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
            for (String problem : e.problems()) {
                Matcher m = LOCATED.matcher(problem);
                problems.add(m.matches() ? new RuleProblem(m.group(1), Integer.parseInt(m.group(2)), null, m.group(3))
                        : new RuleProblem(file.path(), 0, null, problem));
            }
            return Policies.defaults();
        }
    }
}
