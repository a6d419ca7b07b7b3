// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import java.nio.charset.StandardCharsets;

/**
 * Case ids of mail cases: derived from the Message-ID, so that the same message ingested twice (a restart, a
 * duplicate delivery, the same .eml offline and over IMAP) is the same case; from the raw bytes when there is none.
 */
public final class CaseIds {
    private CaseIds() {
    }

    /**
     * @param messageId the Message-ID header, or {@code null}
     * @param raw       the raw message
     * @return {@code MAIL-} and 24 hex digits of a SHA-256
     */
    public static String of(String messageId, byte[] raw) {
        String normalised = normalise(messageId);
        if (normalised == null) {
            return "MAIL-R" + Sha256.hex(raw).substring(0, 23);
        }
        return "MAIL-" + Sha256.hex(("message-id:" + normalised).getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }

    /** @return the id without spaces and angle brackets, or {@code null} when blank */
    public static String normalise(String messageId) {
        if (messageId == null) {
            return null;
        }
        String id = messageId.trim().replaceAll("^<|>$", "").trim();
        return id.isEmpty() ? null : id;
    }
}
