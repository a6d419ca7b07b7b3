// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import java.io.ByteArrayOutputStream;
import java.util.Base64;

/** Recovers what can be read from a part whose transfer encoding is broken (e.g. base64 cut off mid-way). */
final class TransferEncodings {
    private TransferEncodings() {
    }

    /**
     * @param raw      the part's bytes as received
     * @param encoding its declared transfer encoding
     * @return the decodable prefix for base64 (complete 4-character groups), the raw bytes otherwise
     */
    static byte[] salvage(byte[] raw, String encoding) {
        if (!"base64".equals(encoding)) {
            return raw;
        }
        ByteArrayOutputStream alphabet = new ByteArrayOutputStream(raw.length);
        for (byte b : raw) {
            if (b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '+' || b == '/') {
                alphabet.write(b);
            } else if (b == '=') {
                break;
            }
        }
        byte[] chars = alphabet.toByteArray();
        int whole = chars.length - chars.length % 4;
        byte[] groups = java.util.Arrays.copyOf(chars, whole);
        return Base64.getDecoder().decode(groups);
    }
}
