// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;

class CrmSimulationTest {

    @Test
    void theSimulatedDayRaisesTheExpectedAlertsAtTheRightSimulatedTimes() throws Exception {
        List<CallAlert> alerts = CrmSimulation.run(RuleSet.compile(RuleSource.defaults()), null);
        assertThat(alerts).extracting(CrmSimulation::describe).containsExactly(
                "2026-11-20 09:00  KH-CALL-003  REPEAT_REACHED  r-20  3 calls within 30 days on matter order-200,"
                        + " limit 3  → SINGLE_POINT_OF_CONTACT",
                "2026-11-20 14:20  KH-CALL-005  ABUSIVE_TEXT  long-1  「馬鹿」 (chunk 1 0–2, INSULT)  → ASK_TO_STOP",
                "2026-11-20 14:50  KH-CALL-001  CONFINEMENT_APPROACHING  long-1  50 min so far (14:00–), line 60 min"
                        + "  → ANNOUNCE_TIME_LIMIT",
                "2026-11-20 15:00  KH-CALL-002  CONFINEMENT_REACHED  long-1  60 min (14:00–), line 60 min, warned"
                        + " before  → END_CONTACT_AFTER_WARNING (要確認 / to confirm)",
                "2026-11-20 23:10  KH-CALL-004  OFF_HOURS_PATTERN  n-20  3 off-hours calls within 30 days (23:10–)"
                        + "  → REVIEW_BY_SUPERVISOR");
    }
}
