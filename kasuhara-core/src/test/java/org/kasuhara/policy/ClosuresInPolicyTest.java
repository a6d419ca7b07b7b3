// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;

/** Company closures in policy.yaml (issue 13): report due dates skip them, per organisation; bad entries name their line. */
class ClosuresInPolicyTest {
    private static final String POLICY = """
            defaults:
              closures:
                - 2026-12-29..2027-01-03
                - 08-13..08-15
            organizations:
              sakura-rail:
                closures:
                  - 2027-01-04
            """;

    @TempDir
    Path dir;

    private static Case received(String at, String organization) {
        return Case.builder("C-1", OffsetDateTime.parse(at), Channel.PHONE).organization(organization, null).build();
    }

    @Test
    void theReportDueDateSkipsTheYearEndBreakAndAnOrganisationsOwnClosures() throws java.io.IOException {
        TriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.write(dir, Map.of(
                "signals/confinement.drl", TestRuleSets.CONFINEMENT, "verdict/verdict.drl", TestRuleSets.VERDICT,
                "policy.yaml", POLICY)))).build();

        // Received Mon 28 Dec 2026: closed 29 Dec .. 3 Jan, so the three business days are 4, 5 and 6 Jan
        assertThat(engine.assess(received("2026-12-28T10:00:00+09:00", "acme-foods")).reportDueBy())
                .isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(engine.assess(received("2026-12-28T10:00:00+09:00", "sakura-rail")).reportDueBy())
                .isEqualTo(LocalDate.of(2027, 1, 7));
        // Every year: received Wed 12 Aug 2026, closed 13..15 Aug (and the weekend): due Wed 19 Aug
        assertThat(engine.assess(received("2026-08-12T10:00:00+09:00", "acme-foods")).reportDueBy())
                .isEqualTo(LocalDate.of(2026, 8, 19));
        // Without closures the same case would have been due on Thu 31 Dec
        assertThat(TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(java.nio.file.Files.createDirectories(dir.resolve("plain")))))
                .build().assess(received("2026-12-28T10:00:00+09:00", null)).reportDueBy())
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aBadEntryIsReportedWithItsLine() {
        PolicyException e = catchThrowableOfType(() -> Policies.parse(new StringReader("""
                defaults:
                  closures:
                    - 2026-12-29..2027-01-03
                    - 2027-01-03..2026-12-29
                    - 年末年始
                """), "policy.yaml"), PolicyException.class);

        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0).line()).isEqualTo(4);
        assertThat(e.problems().get(0).message()).contains("run forwards");
        assertThat(e.problems().get(1).line()).isEqualTo(5);
        assertThat(e.problems().get(1).message()).contains("yearly range (12-29..01-03)");
    }
}
