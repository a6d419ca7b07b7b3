// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How messages become cases.
 *
 * @param organization             the organisation every case from this mailbox is about, or {@code null}
 * @param zone                     the zone of {@code receivedAt} (Asia/Tokyo by default)
 * @param honourAnonymityRequests  when a message asks for anonymity (「匿名希望」, "please keep me anonymous"), the
 *                                 applicant is stored anonymous, without name or address
 * @param evidenceStore            where attachments and raw parts go
 */
public record MailParserOptions(String organization, ZoneId zone, boolean honourAnonymityRequests,
                                EvidenceStore evidenceStore) {
    /** The default zone. */
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** Checks the fields. */
    public MailParserOptions {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(evidenceStore, "evidenceStore");
    }

    /** @return no organisation, Asia/Tokyo, anonymity honoured, evidence hashed but not kept */
    public static MailParserOptions defaults() {
        return new MailParserOptions(null, TOKYO, true, EvidenceStore.hashOnly());
    }

    /** @param value the organisation @return a copy with it */
    public MailParserOptions withOrganization(String value) {
        return new MailParserOptions(value, zone, honourAnonymityRequests, evidenceStore);
    }

    /** @param value where evidence goes @return a copy with it */
    public MailParserOptions withEvidenceStore(EvidenceStore value) {
        return new MailParserOptions(organization, zone, honourAnonymityRequests, value);
    }

    /** @param value whether to honour anonymity requests @return a copy with it */
    public MailParserOptions withAnonymityRequestsHonoured(boolean value) {
        return new MailParserOptions(organization, zone, value, evidenceStore);
    }
}
