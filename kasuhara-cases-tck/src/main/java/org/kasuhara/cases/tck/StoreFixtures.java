// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.tck;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
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
import org.kasuhara.model.Finding;
import org.kasuhara.model.Observation;
import org.kasuhara.model.RuleSetRef;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;

/** Cases and assessments for store tests: Japanese text, personal data that must stay out of logs. */
public final class StoreFixtures {
    /** The applicant's name in every fixture case. */
    public static final String NAME = "山田花子";
    /** The applicant's phone. */
    public static final String PHONE = "090-1234-5678";
    /** The applicant's e-mail. */
    public static final String EMAIL = "hanako.yamada@example.jp";
    /** A member of staff named in the case. */
    public static final String STAFF = "佐藤一郎";
    /** What the customer said, quoted in evidence. */
    public static final String TEXT = "責任者を出せ！「馬鹿」と言ってやる。SNSにアップするぞ";

    private StoreFixtures() {
    }

    /**
     * @param id         the case id
     * @param org        the organisation, or {@code null}
     * @param receivedAt ISO-8601 with offset
     * @return a case with an applicant, a phone contact, a demand and an observation
     */
    public static Case complaint(String id, String org, String receivedAt) {
        OffsetDateTime at = OffsetDateTime.parse(receivedAt);
        return Case.builder(id, at, Channel.PHONE)
                .language("ja")
                .organization(org, org == null ? null : "新宿店")
                .matter("order-" + id)
                .applicant(new Applicant(false, NAME, PHONE, EMAIL, "CRM-" + id, true, false))
                .demand(new Demand(DemandType.REFUND, 3000L, "返金してください"))
                .contact(new Contact(Channel.PHONE, at, at.plusMinutes(74), STAFF, TEXT, 0))
                .observation(new Observation(Behaviour.INTIMIDATION, "机を叩いた", STAFF))
                .build();
    }

    /**
     * @param received   the case
     * @param verdict    the verdict
     * @param police     whether to report to the police
     * @param ruleSet    the rule set's version
     * @param behaviours behaviours found (each a finding quoting {@link #TEXT})
     * @return an assessment of the case
     */
    public static Assessment assessment(Case received, Verdict verdict, boolean police, String ruleSet,
            Behaviour... behaviours) {
        List<Finding> findings = Arrays.stream(behaviours).map(b -> new Finding("KH-T-" + b.ordinal(), b,
                Severity.HIGH, "「" + TEXT + "」", "MHLW-2022 §B-1", new Finding.Span(0, 0, 4))).toList();
        List<Action> actions = List.of(new Action(ActionType.END_CONTACT_AFTER_WARNING, true, "警告の上で終了"));
        return new Assessment(received.id(), verdict, behaviours.length == 0 ? Severity.NONE : Severity.HIGH,
                police, true, findings, actions, LocalDate.of(2026, 11, 26),
                new RuleSetRef("kasuhara-default", ruleSet));
    }
}
