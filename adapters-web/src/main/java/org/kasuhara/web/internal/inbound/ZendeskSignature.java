// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal.inbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zendesk's webhook signature (Zendesk developer documentation, "Verifying webhook authenticity"): header
 * {@code X-Zendesk-Webhook-Signature} holds base64(HMAC-SHA256(signing secret, timestamp + body)), header
 * {@code X-Zendesk-Webhook-Signature-Timestamp} the timestamp. A timestamp further than {@link #TOLERANCE} from now
 * is refused, so a captured delivery cannot be replayed later.
 */
public final class ZendeskSignature {
    /** The signature header. */
    public static final String SIGNATURE = "X-Zendesk-Webhook-Signature";
    /** The timestamp header. */
    public static final String TIMESTAMP = "X-Zendesk-Webhook-Signature-Timestamp";
    /** How far the timestamp may lie from the server's clock. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private ZendeskSignature() {
    }

    /**
     * @param secrets   the webhooks' signing secrets (one per Zendesk account); any may have signed
     * @param timestamp the timestamp header, or {@code null}
     * @param signature the signature header, or {@code null}
     * @param body      the body exactly as received
     * @param now       the server's time
     * @return {@code null} when genuine, otherwise why not (naming the header, quoting nothing)
     */
    public static String problem(List<String> secrets, String timestamp, String signature, byte[] body, Instant now) {
        if (signature == null || timestamp == null) {
            return (signature == null ? SIGNATURE : TIMESTAMP) + ": missing; enable signing of the webhook";
        }
        Instant signedAt;
        try {
            signedAt = Instant.parse(timestamp.strip());
        } catch (DateTimeParseException e) {
            return TIMESTAMP + ": not an ISO-8601 time";
        }
        if (Duration.between(signedAt, now).abs().compareTo(TOLERANCE) > 0) {
            return TIMESTAMP + ": more than " + TOLERANCE.toMinutes() + " minutes from the server's clock (a replay?)";
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return SIGNATURE + ": not base64";
        }
        for (String secret : secrets) {
            if (MessageDigest.isEqual(sign(secret, timestamp.strip(), body), given)) {
                return null;
            }
        }
        return SIGNATURE + ": does not match the body and timestamp under the signing secret";
    }

    /**
     * @param secret    the signing secret
     * @param timestamp the timestamp header's value
     * @param body      the body
     * @return the raw HMAC-SHA256 of the timestamp followed by the body
     */
    public static byte[] sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
