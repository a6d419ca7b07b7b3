// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymises callers: the first 64 bits of HMAC-SHA256(key, organisation NUL caller). Collisions among a
 * million callers have a probability near 3e-8; the number itself is never kept. Not thread-safe (one Mac).
 * Public for hosts that keep callers' state by key (kasuhara-streams); not API.
 */
public final class CallerKeys {
    private final Mac mac;
    private final String fingerprint;

    /** @param key the secret key (at least 16 bytes, checked by the callers of this class) */
    public CallerKeys(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            fingerprint = HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }

    /**
     * @param organization the organisation, or {@code null}
     * @param caller       the caller (personal data)
     * @return the caller's pseudonym: the same as {@link #of(String)} of {@code organization + "\0" + caller}
     */
    public long of(String organization, String caller) {
        mac.update((organization == null ? "" : organization).getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        byte[] digest = mac.doFinal(caller.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }

    /**
     * @param identity what identifies a caller, e.g. a record key {@code organization + "\0" + caller}
     * @return its pseudonym
     */
    public long of(String identity) {
        byte[] digest = mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }

    /** @return a fingerprint of the key (not the key), to check a snapshot was written with it */
    String fingerprint() {
        return fingerprint;
    }
}
