// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.io;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.engine.RuleSource;

/** Compiles the rule set a command uses, and reports every problem of a broken one by file and line. */
public final class RuleSetLoader {
    private RuleSetLoader() {
    }

    /**
     * Compiles a rule set.
     *
     * @param directory the rule set's folder, or {@code null} for the default rules
     * @return the rule set
     * @throws RuleSetException when it does not compile or validate
     * @throws UncheckedIOException when its files cannot be read
     */
    public static RuleSet compile(Path directory) {
        RuleSet ahead = directory == null ? DefaultRulesAhead.take() : null;
        if (ahead != null) {
            return ahead;
        }
        return RuleSet.compile(directory == null ? RuleSource.defaults() : RuleSource.directory(directory));
    }

    /**
     * Compiles a rule set, or reports why it cannot be used.
     *
     * @param directory the rule set's folder, or {@code null} for the default rules
     * @param err       standard error, for the problems
     * @param labels    the language of the messages
     * @return the rule set, or {@code null} when its problems were reported
     */
    public static RuleSet compileOrReport(Path directory, PrintWriter err, Labels labels) {
        try {
            return compile(directory);
        } catch (RuleSetException e) {
            report(directory, e.problems(), err, labels);
        } catch (UncheckedIOException e) {
            reportUnreadable(directory, e, err, labels);
        }
        return null;
    }

    /**
     * Prints every problem as {@code file:line: message}, the file relative to the caller's directory so that
     * editors and terminals can open it, then a count.
     *
     * @param directory the folder as given on the command line, or {@code null} for the default rules
     * @param problems  the problems
     * @param err       standard error
     * @param labels    the language of the count
     */
    public static void report(Path directory, List<RuleProblem> problems, PrintWriter err, Labels labels) {
        for (RuleProblem p : problems) {
            String file = directory == null ? p.file() : directory.resolve(p.file()).toString();
            RuleProblem located = new RuleProblem(file, p.line(), p.rule(), p.message(), p.messageJa());
            err.println(located.describe(!labels.english()));
            if (labels.bilingual() && p.messageJa() != null) {
                err.println("    " + p.message());
            }
        }
        err.println(labels.of("ルールセットに" + problems.size() + "件の問題があります",
                problems.size() + " problem(s) in the rule set"));
        err.flush();
    }

    /**
     * Reports a rule set whose files cannot be read.
     *
     * @param directory the folder as given
     * @param e         the error
     * @param err       standard error
     * @param labels    the language of the message
     */
    public static void reportUnreadable(Path directory, UncheckedIOException e, PrintWriter err, Labels labels) {
        err.println(directory + ": " + labels.of("ルールセットを読み込めません", "cannot read the rule set") + " ("
                + e.getCause().getMessage() + ")");
        err.flush();
    }
}
