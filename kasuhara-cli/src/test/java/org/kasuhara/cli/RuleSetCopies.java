// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;

/** Copies of the default rule set in a folder, to edit in tests. */
public final class RuleSetCopies {
    private RuleSetCopies() {
    }

    public static Path copyDefaults(Path target) throws IOException {
        for (RuleFile file : RuleSource.defaults().files()) {
            Path path = target.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.write(path, file.content());
        }
        return target;
    }

    /**
     * Adds {@code signals/runaway.drl}: rules ORG-LOOP-0/1 that fire for ever on a live call of 70 minutes or more
     * (the sample harassment-74-minute-call.json), until the engine's assessment limits stop them.
     */
    public static void addRunawayRule(Path rules) throws IOException {
        Files.writeString(rules.resolve("signals/runaway.drl"),
                TestRuleSets.runaway("ORG-LOOP", "ContactFact(live, minutes >= 70)"));
    }

    /**
     * Breaks the first rule condition of a DRL file with a syntax error.
     *
     * @return the 1-based number of the broken line
     */
    public static int breakLine(Path rules, String drl) throws IOException {
        Path file = rules.resolve(drl);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("ContactFact(")) {
                lines.set(i, lines.get(i).replace("ContactFact(", "ContactFact(((  >= ,"));
                Files.write(file, lines);
                return i + 1;
            }
        }
        throw new IllegalStateException("no rule condition to break in " + drl);
    }
}
