// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Action;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Basis;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Demand;
import org.kasuhara.model.DemandAxis;
import org.kasuhara.model.DemandType;
import org.kasuhara.model.Facts;
import org.kasuhara.model.Finding;
import org.kasuhara.model.MannerAxis;
import org.kasuhara.model.Observation;
import org.kasuhara.model.RuleFiring;
import org.kasuhara.model.RuleSetRef;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;

/** The shipped schemas accept what the mapper writes and reject bad documents, naming the field. */
class ContractSchemaValidationTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-20T14:03:00+09:00");

    @Test
    void aFullCaseAsTheMapperWritesItIsValid() {
        assertThat(ContractValidator.CASE.problems(fullCase())).isEmpty();
    }

    @Test
    void aMinimalCaseWithExplicitNullsIsValid() throws Exception {
        JsonNode minimal = KasuharaJson.mapper().readTree("""
                {"id": "C-1", "receivedAt": "2026-11-20T14:03:00+09:00", "channel": "EMAIL", "language": null,
                 "applicant": null, "facts": {"defectConfirmed": null}, "contacts": null}""");
        assertThat(ContractValidator.CASE.problems(minimal)).isEmpty();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        ObjectNode c = fullCase();
        c.remove("receivedAt");
        assertThat(ContractValidator.CASE.problems(c)).singleElement().asString().contains("receivedAt");
    }

    @Test
    void anUnknownFieldInAContactIsNamedWithItsPath() {
        ObjectNode c = fullCase();
        ((ObjectNode) c.get("contacts").get(0)).put("durationMin", 74);
        assertThat(ContractValidator.CASE.problems(c)).singleElement().asString()
                .contains("$.contacts[0]").contains("durationMin");
    }

    @Test
    void anUnknownChannelIsNamed() {
        ObjectNode c = fullCase();
        c.put("channel", "FAX");
        assertThat(ContractValidator.CASE.problems(c)).isNotEmpty()
                .allSatisfy(p -> assertThat(p).contains("$.channel"));
    }

    @Test
    void aTimeWithoutOffsetIsNotADateTime() {
        ObjectNode c = fullCase();
        ((ObjectNode) c.get("contacts").get(0)).put("end", "2026-11-20 15:17");
        assertThat(ContractValidator.CASE.problems(c)).isNotEmpty()
                .allSatisfy(p -> assertThat(p).contains("$.contacts[0].end"));
    }

    @Test
    void anAmountWrittenAsTextIsNamed() {
        ObjectNode c = fullCase();
        ((ObjectNode) c.get("demands").get(0)).put("amountYen", "3000");
        assertThat(ContractValidator.CASE.problems(c)).isNotEmpty()
                .allSatisfy(p -> assertThat(p).contains("$.demands[0].amountYen"));
    }

    @Test
    void anOverlongIdAndAnUnknownLanguageAreNamed() {
        ObjectNode c = fullCase();
        c.put("id", "x".repeat(Case.MAX_ID_LENGTH + 1));
        c.put("language", "fr");
        assertThat(ContractValidator.CASE.problems(c)).anySatisfy(p -> assertThat(p).contains("$.id"))
                .anySatisfy(p -> assertThat(p).contains("$.language"));
    }

    @Test
    void aDemandWithoutTypeIsNamed() {
        ObjectNode c = fullCase();
        ((ObjectNode) c.get("demands").get(0)).remove("type");
        assertThat(ContractValidator.CASE.problems(c)).singleElement().asString()
                .contains("$.demands[0]").contains("type");
    }

    @Test
    void aFullAssessmentAsTheMapperWritesItIsValid() {
        assertThat(ContractValidator.ASSESSMENT.problems(fullAssessment())).isEmpty();
    }

    @Test
    void anAssessmentWithoutVerdictOrWithAnUntypedFindingIsRejected() {
        ObjectNode a = fullAssessment();
        a.remove("verdict");
        ((ObjectNode) a.get("findings").get(0)).put("severity", "SEVERE");
        ((ArrayNode) a.get("actions")).addObject().put("type", "CALL_BACK");
        assertThat(ContractValidator.ASSESSMENT.problems(a))
                .anySatisfy(p -> assertThat(p).contains("verdict"))
                .anySatisfy(p -> assertThat(p).contains("$.findings[0].severity"))
                .anySatisfy(p -> assertThat(p).contains("$.actions[1]"));
    }

    private static ObjectNode fullCase() {
        Case c = Case.builder("C-2026-0001", START, Channel.PHONE).language("ja").organization("acme", "shinjuku")
                .matter("order-1")
                .applicant(new Applicant(false, "山田太郎", "090-0000-0000", "t@example.jp", "CRM-1", true, false))
                .demand(new Demand(DemandType.REFUND, 3000L, "返金してください"))
                .facts(new Facts(true, true, 3000L))
                .contact(new Contact(Channel.PHONE, START, START.plusMinutes(74), "op-17", "…", 0))
                .observation(new Observation(Behaviour.INTIMIDATION, "banged the counter", "clerk-3")).build();
        return KasuharaJson.mapper().valueToTree(c);
    }

    private static ObjectNode fullAssessment() {
        Assessment a = new Assessment("C-2026-0001", Verdict.CUSTOMER_HARASSMENT, Severity.HIGH, true, true,
                List.of(new Finding("KH-CONF-001", Behaviour.CONFINEMENT, Severity.HIGH, "call of 74 min",
                        "CCAJ-2025", new Finding.Span(0, 3, 9))),
                List.of(new Action(ActionType.END_CONTACT_AFTER_WARNING, false, "…")),
                LocalDate.of(2026, 11, 25), new RuleSetRef("kasuhara-default", "sha256:ab"),
                List.of(new RuleFiring("KH-CONF-001", List.of("ContactFact[index=0]"))),
                new Basis("KH-VERDICT-001", "harassment", "カスハラ", MannerAxis.SEVERE, DemandAxis.VALID, true));
        return KasuharaJson.mapper().valueToTree(a);
    }
}
