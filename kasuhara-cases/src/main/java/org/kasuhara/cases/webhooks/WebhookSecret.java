// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An endpoint's signing secret in the Standard Webhooks form {@code whsec_<base64>}: the key of an HMAC-SHA256 over
 * {@code id.timestamp.body}. Its {@link #toString()} never shows the key.
 */
public final class WebhookSecret {
    /** The prefix of the text form. */
    public static final String PREFIX = "whsec_";
    /** The shortest and longest key the specification recommends, in bytes. */
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        this.key = key;
    }

    /**
     * @param text {@code whsec_} followed by the base64 key (24 to 64 bytes)
     * @return the secret
     * @throws IllegalArgumentException when the prefix is missing, the rest is not base64, or the key is too short
     *                                  or too long (the message never quotes the text)
     */
    public static WebhookSecret parse(String text) {
        if (text == null || !text.strip().startsWith(PREFIX)) {
            throw new IllegalArgumentException("webhook secret: expected whsec_ followed by base64");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip().substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook secret: the part after whsec_ is not base64");
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new IllegalArgumentException("webhook secret: the key must be " + MIN_BYTES + " to " + MAX_BYTES
                    + " bytes (it is " + key.length + ")");
        }
        return new WebhookSecret(key);
    }

    /** @return a new random secret of 32 bytes */
    public static WebhookSecret generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new WebhookSecret(key);
    }

    /** @return the text form {@code whsec_<base64>}, to hand to the receiver */
    public String text() {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * @param id        the {@code webhook-id}
     * @param timestamp the {@code webhook-timestamp} (seconds since the epoch)
     * @param body      the exact body
     * @return one signature, {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}
     */
    public String sign(String id, long timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(mac(id, timestamp, body));
    }

    /** Whether a base64 signature (without {@code v1,}) is this secret's, compared in constant time. */
    boolean matches(String id, long timestamp, byte[] body, byte[] signature) {
        return MessageDigest.isEqual(mac(id, timestamp, body), signature);
    }

    private byte[] mac(String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return PREFIX + "…(hidden)";
    }
}
