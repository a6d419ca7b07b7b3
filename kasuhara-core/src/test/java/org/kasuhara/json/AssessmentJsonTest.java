// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kasuhara.model.Action;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Demand;
import org.kasuhara.model.DemandType;
import org.kasuhara.model.Facts;
import org.kasuhara.model.Finding;
import org.kasuhara.model.RuleSetRef;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;

class AssessmentJsonTest {

    @Test
    void assessmentIsWrittenInContractV1Shape() throws Exception {
        Assessment a = new Assessment("C-2026-0001", Verdict.CUSTOMER_HARASSMENT, Severity.HIGH, true, true,
                List.of(new Finding("KH-CONF-001", Behaviour.CONFINEMENT, Severity.HIGH,
                        "call of 74 min (14:03–15:17)", "CCAJ-2025", null)),
                List.of(new Action(ActionType.END_CONTACT_AFTER_WARNING, false, "…")),
                LocalDate.of(2026, 11, 25), new RuleSetRef("kasuhara-default", "sha256:ab"));
        JsonNode json = KasuharaJson.mapper().readTree(KasuharaJson.mapper().writeValueAsString(a));
        assertThat(json.fieldNames()).toIterable().containsExactly("caseId", "verdict", "severity", "policeReport",
                "accepted", "findings", "actions", "reportDueBy", "ruleSet", "firedRules");
        assertThat(json.get("verdict").asText()).isEqualTo("CUSTOMER_HARASSMENT");
        assertThat(json.get("reportDueBy").asText()).isEqualTo("2026-11-25");
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.fieldNames()).toIterable()
                .containsExactly("rule", "behaviour", "severity", "evidence", "source");
        assertThat(json.get("actions").get(0).get("humanConfirmation").asBoolean()).isTrue();
        assertThat(json.get("ruleSet").get("version").asText()).isEqualTo("sha256:ab");
    }

    @Test
    void aCaseSurvivesARoundTripUnchanged() throws Exception {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:03:00+09:00");
        Case original = Case.builder("C-1", start, Channel.PHONE).language("ja").organization("acme", "shinjuku")
                .matter("order-1")
                .applicant(new Applicant(false, "山田太郎", "090-0000-0000", "t@example.jp", "CRM-1", true, false))
                .demand(new Demand(DemandType.REFUND, 3000L, "返金してください"))
                .facts(new Facts(true, true, 3000L))
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(74), "op-17", "…", 0)).build();
        String json = KasuharaJson.mapper().writeValueAsString(original);
        assertThat(new CaseReader().readOne(json)).isEqualTo(original);
        assertThat(json).contains("\"receivedAt\":\"2026-11-20T14:03:00+09:00\"");
    }
}
