// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a mail case keeps besides the case itself; stored as the case's original text (JSON, format
 * {@value #FORMAT}) so that it is purged with the case's personal data after the retention period.
 *
 * @param format        {@value #FORMAT}
 * @param messageId     the Message-ID header, or {@code null}
 * @param subject       the decoded subject (personal data)
 * @param from          the sender as written (personal data), {@code null} when the applicant asked for anonymity
 * @param newText       the customer's new words: what is analysed (personal data)
 * @param quotedHistory quoted replies and forwarded messages, kept but not analysed (personal data)
 * @param evidence      the raw message, attachments and undecodable parts
 * @param problems      what could not be read cleanly
 */
public record MailEvidence(String format, String messageId, String subject, String from, String newText,
                           String quotedHistory, List<EvidenceItem> evidence, Set<MailProblem> problems) {
    /** The format name of this record's JSON. */
    public static final String FORMAT = "kasuhara-mail-evidence/1";

    /** Checks the fields and copies the collections. */
    public MailEvidence {
        Objects.requireNonNull(format, "format");
        evidence = List.copyOf(evidence);
        problems = Set.copyOf(problems);
    }

    /** @return the attachments only */
    public List<EvidenceItem> attachments() {
        return evidence.stream().filter(e -> e.kind() == EvidenceItem.Kind.ATTACHMENT).toList();
    }

    @Override
    public String toString() {
        return "MailEvidence[messageId=<redacted>, evidence=" + evidence + ", problems=" + problems + "]";
    }
}
