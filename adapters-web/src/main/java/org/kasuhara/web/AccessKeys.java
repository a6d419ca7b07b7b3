// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * API keys and staff keys: random tokens of 256 bits, configured only as their SHA-256 hash. A presented key is
 * hashed and compared with every configured hash by {@link MessageDigest#isEqual}, which takes the same time
 * wherever the bytes differ, and without stopping at the first match, so timing tells nothing about a key.
 */
public final class AccessKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessKeys() {
    }

    /**
     * A new random key (43 URL-safe characters).
     *
     * @return the key; show it once and keep only its {@link #hash(String)}
     */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The hash to configure for a key.
     *
     * @param key the key
     * @return its SHA-256 as 64 lower-case hex digits
     */
    public static String hash(String key) {
        return HexFormat.of().formatHex(digest(key));
    }

    /**
     * Whether a presented key matches one of the hashes, in time independent of where it differs.
     *
     * @param presented the key a client sent, may be {@code null}
     * @param hashes configured hex hashes
     * @return {@code true} when it matches one
     */
    public static boolean matches(String presented, List<String> hashes) {
        if (presented == null) {
            return false;
        }
        byte[] digest = digest(presented);
        boolean found = false;
        for (String hash : hashes) {
            found |= MessageDigest.isEqual(digest, HexFormat.of().parseHex(hash));
        }
        return found;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
