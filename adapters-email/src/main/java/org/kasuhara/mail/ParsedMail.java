// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import java.util.Objects;
import java.util.Optional;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Case;

/**
 * A message read as a case.
 *
 * @param caseData     the case (contract v1, channel EMAIL); its one contact holds subject and new text only
 * @param evidence     everything else kept: history, attachments, raw parts, problems
 * @param replyAddress where an acknowledgement goes (Reply-To, else From), or {@code null} (personal data)
 * @param automated    why the message must never be answered automatically (auto-reply, bounce, mailing list), or
 *                     {@code null} when it may be
 */
public record ParsedMail(Case caseData, MailEvidence evidence, String replyAddress, String automated) {
    /** Checks the fields. */
    public ParsedMail {
        Objects.requireNonNull(caseData, "caseData");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** @return why no automatic reply may be sent, empty when one may */
    public Optional<String> noAutoReplyReason() {
        return Optional.ofNullable(automated);
    }

    /** @return the evidence as JSON, the case's original text in the store */
    public String evidenceJson() {
        return KasuharaJson.toJson(evidence);
    }

    @Override
    public String toString() {
        return "ParsedMail[caseId=" + caseData.id() + ", evidence=" + evidence + ", automated=" + automated + "]";
    }
}
