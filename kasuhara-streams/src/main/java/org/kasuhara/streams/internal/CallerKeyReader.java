// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams.internal;

import java.util.HexFormat;
import org.kasuhara.calls.internal.CallerKeys;

/**
 * How the per-caller monitor turns a record key into a caller's pseudonym: by hashing the caller it names (events
 * keyed by caller), or by reading the pseudonym the re-keying put there (events re-keyed inside the topology), so
 * that a caller is never hashed twice.
 */
sealed interface CallerKeyReader {
    /**
     * @param key a record key, not empty
     * @return the caller's pseudonym
     * @throws IllegalArgumentException when the key is not what this reader expects (never quoting it)
     */
    long pseudonymOf(String key);

    /** @return the reason given for a record without a key */
    String missingKeyReason();

    /** Keys that name the caller ({@code organization + "\0" + caller}): hashed with the secret. */
    record Hashing(CallerKeys keys) implements CallerKeyReader {
        @Override
        public long pseudonymOf(String key) {
            return keys.of(key);
        }

        @Override
        public String missingKeyReason() {
            return "key: missing; key call events by organization + NUL + caller, or set kasuhara.call-events.key="
                    + "call-id / キーがありません: 組織 + NUL + 発信者をキーにするか、kasuhara.call-events.key=call-id に"
                    + "してください";
        }
    }

    /** Keys that already are a pseudonym, as {@link #text(long)} writes it. */
    record Pseudonymised() implements CallerKeyReader {
        @Override
        public long pseudonymOf(String key) {
            if (key.length() != 16) {
                throw new IllegalArgumentException("key: not a caller pseudonym (16 hex digits)");
            }
            try {
                return HexFormat.fromHexDigitsToLong(key);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("key: not a caller pseudonym (16 hex digits)");
            }
        }

        @Override
        public String missingKeyReason() {
            return "key: missing; the re-keyed event lost its caller pseudonym / キーがありません: 再キー付けした"
                    + "イベントに発信者の仮名がありません";
        }
    }

    /**
     * @param pseudonym a caller's pseudonym
     * @return it as a record key and as the {@code caller} of a re-keyed event: 16 hex digits
     */
    static String text(long pseudonym) {
        return HexFormat.of().toHexDigits(pseudonym);
    }
}
