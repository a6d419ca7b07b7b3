// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kasuhara.engine.RuleProblem;

class RuleCodeTest {
    private static List<RuleProblem> check(String drl) {
        List<RuleProblem> problems = new ArrayList<>();
        RuleCode.check("signals/evil.drl", drl, problems);
        return problems;
    }

    @Test
    void whatARuleCouldUseToReachOutsideAnAssessmentIsRefusedWithFileLineAndRule() {
        String drl = """
                package signals;
                import org.kasuhara.engine.facts.*;
                import java.io.File;
                import java.util.concurrent.Executors;
                rule "KH-EVIL-001 reads a file"
                when
                    ContactFacts()
                then
                    String p = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/etc/passwd")));
                    Runtime.getRuntime().exec("id");
                    new ProcessBuilder("id").start();
                end
                rule "KH-EVIL-002 exits"
                when
                    ContactFacts()
                then
                    System.exit(0);
                    while (true) { }
                    new Thread(() -> {}).start();
                    Class.forName("java.lang.Runtime");
                    drools.getKieRuntime().halt();
                end
                """;

        List<RuleProblem> problems = check(drl);

        assertThat(problems).extracting(RuleProblem::line).containsExactly(3, 4, 9, 10, 11, 17, 18, 19, 20, 21);
        assertThat(problems.get(0).describe(false)).startsWith("signals/evil.drl:3: import java.io.File is not "
                + "allowed");
        assertThat(problems.get(2).rule()).isEqualTo("KH-EVIL-001 reads a file");
        assertThat(problems.get(5).describe(true)).isEqualTo("signals/evil.drl:17: ルール「KH-EVIL-002 exits」: "
                + "ルールでは使えません（System）: System.。ルールは判定に必要な事実と計算だけを扱います");
        assertThat(problems).extracting(p -> p.message(false)).anySatisfy(m -> assertThat(m).contains("(loops)"))
                .anySatisfy(m -> assertThat(m).contains("(threads)"))
                .anySatisfy(m -> assertThat(m).contains("(class loading and reflection)"))
                .anySatisfy(m -> assertThat(m).contains("(the engine's runtime)"))
                .anySatisfy(m -> assertThat(m).contains("(input/output, network and runtime packages)"));
    }

    @Test
    void wordsInCommentsAndMessagesAreNotCodeAndTheRuleApiIsAllowed() {
        String drl = """
                package signals;
                import org.kasuhara.engine.facts.*;
                import org.kasuhara.model.*;
                import java.util.List;
                import java.time.Duration;
                // System.exit is never called here; while (true) neither
                /* java.io.File
                   Runtime */
                rule "KH-OK-001 for the record"
                when
                    $c : ContactFacts(minutes >= 60)
                then
                    insert(Finding.of("KH-OK-001", "System was slow: while (waiting) the caller said 'for (real)'",
                            Math.round(1.5f)));
                end
                """;

        assertThat(check(drl)).isEmpty();
    }

    @Test
    void blankingKeepsLinesAndLengthsAndEndsAtUnterminatedStrings() {
        String text = "a \"x\\\"y\" b // c\n'q\nz /* w\n*/ k";

        String code = RuleCode.code(text);

        assertThat(code).hasSameSizeAs(text);
        assertThat(code.split("\n", -1)).hasSize(4);
        assertThat(code).startsWith("a \"    \" b     \n").endsWith("   k").doesNotContain("w", "c", "y");
    }
}
