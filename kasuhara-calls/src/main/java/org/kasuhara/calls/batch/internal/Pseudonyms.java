// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Callers as keyed pseudonyms (HMAC-SHA256, 64 bits, hex), or as given when revealed. Computed only for output. */
final class Pseudonyms {
    private final Mac mac;
    private final boolean reveal;

    Pseudonyms(byte[] key, boolean reveal) {
        this.reveal = reveal;
        byte[] k = key;
        if (k == null) {
            k = new byte[32];
            new SecureRandom().nextBytes(k);
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(k, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }

    String of(String caller) {
        if (reveal) {
            return caller;
        }
        byte[] digest = mac.doFinal(caller.getBytes(StandardCharsets.UTF_8));
        return "p-" + HexFormat.of().formatHex(digest, 0, 8);
    }

    boolean pseudonymised() {
        return !reveal;
    }
}
