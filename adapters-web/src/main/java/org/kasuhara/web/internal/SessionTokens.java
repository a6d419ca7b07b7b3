// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Staff sessions as signed, stateless tokens, so that every instance sharing the secret accepts them and they
 * survive a restart: {@code 1.SESSION.ISSUED.EXPIRES.KEY.HANDLE.MAC}, where {@code MAC} is HMAC-SHA256 over the rest,
 * {@code KEY} names the access key that logged in (a digest of its configured hash, never the key), and
 * {@code HANDLE} is the audit handle encrypted with AES-GCM, since it may be a person's name. The previous secret, when
 * rotating, verifies but never signs. Tokens cannot be revoked one by one: a new secret ends them all.
 */
final class SessionTokens {
    static final String VERSION = "1";
    /** How long a session lasts after login, whatever happens in it. */
    static final Duration LIFETIME = Duration.ofHours(8);
    /** Longer values are refused unread. */
    static final int MAX_LENGTH = 512;
    /** How far ahead of this server's clock another instance's may be. */
    private static final Duration SKEW = Duration.ofMinutes(1);
    private static final Pattern SHAPE = Pattern.compile("\\d{1,3}\\.[A-Za-z0-9_-]{22}\\.\\d{1,12}\\.\\d{1,12}"
            + "\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{38,300}\\.[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /**
     * What a valid token says.
     *
     * @param keyId  the access key that logged in ({@link #keyId(String)})
     * @param handle the handle given at login
     */
    record Claims(String keyId, String handle) {
    }

    private final Clock clock;
    private final List<Keys> keys;

    /**
     * @param clock    the time tokens are issued and checked at
     * @param current  the secret that signs, {@code null} to draw one for this process
     * @param previous a secret that still verifies, or {@code null}
     */
    SessionTokens(Clock clock, String current, String previous) {
        this.clock = clock;
        List<Keys> k = new ArrayList<>();
        if (current == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            k.add(Keys.of(B64.encodeToString(random)));
        } else {
            k.add(Keys.of(current));
        }
        if (previous != null) {
            k.add(Keys.of(previous));
        }
        this.keys = List.copyOf(k);
    }

    /**
     * @param configuredHash an access key's configured SHA-256 hash
     * @return the id a token carries for it: it tells which key logged in and nothing about the key
     */
    static String keyId(String configuredHash) {
        return B64.encodeToString(Keys.sha256("kasuhara-session-key:" + configuredHash)).substring(0, 16);
    }

    /** @return a new token for a login with the key of {@code keyId} under {@code handle} */
    String issue(String keyId, String handle) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String session = B64.encodeToString(id);
        long issued = clock.instant().getEpochSecond();
        Keys signer = keys.get(0);
        String body = String.join(".", VERSION, session, Long.toString(issued),
                Long.toString(issued + LIFETIME.toSeconds()), keyId, signer.seal(handle, session));
        return body + "." + signer.mac(body);
    }

    /** @return what a token says when this server (or its previous secret) signed it and it has not expired */
    Optional<Claims> verify(String token) {
        if (token == null || token.length() > MAX_LENGTH || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        int cut = token.lastIndexOf('.');
        String body = token.substring(0, cut);
        byte[] presented = token.substring(cut + 1).getBytes(StandardCharsets.US_ASCII);
        Keys signer = null;
        for (Keys k : keys) {
            if (MessageDigest.isEqual(k.mac(body).getBytes(StandardCharsets.US_ASCII), presented) && signer == null) {
                signer = k;
            }
        }
        String[] parts = body.split("\\.");
        if (signer == null || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        long issued = Long.parseLong(parts[2]);
        long expires = Long.parseLong(parts[3]);
        long now = clock.instant().getEpochSecond();
        if (expires - issued > LIFETIME.toSeconds() || expires <= issued || now >= expires
                || issued > now + SKEW.toSeconds()) {
            return Optional.empty();
        }
        return signer.open(parts[5], parts[1]).map(Principal::checkHandle).map(h -> new Claims(parts[4], h));
    }

    /** The signing and encryption keys drawn from one secret. */
    private record Keys(byte[] mac, byte[] seal) {
        static Keys of(String secret) {
            return new Keys(sha256("kasuhara-session-mac:" + secret), sha256("kasuhara-session-seal:" + secret));
        }

        String mac(String body) {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(new SecretKeySpec(mac, "HmacSHA256"));
                return B64.encodeToString(m.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
            }
        }

        String seal(String handle, String session) {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            try {
                Cipher c = cipher(Cipher.ENCRYPT_MODE, iv, session);
                byte[] sealed = c.doFinal(handle.getBytes(StandardCharsets.UTF_8));
                byte[] out = new byte[iv.length + sealed.length];
                System.arraycopy(iv, 0, out, 0, iv.length);
                System.arraycopy(sealed, 0, out, iv.length, sealed.length);
                return B64.encodeToString(out);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is part of every Java platform", e);
            }
        }

        Optional<String> open(String sealed, String session) {
            try {
                byte[] bytes = Base64.getUrlDecoder().decode(sealed);
                Cipher c = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, 12), session);
                return Optional.of(new String(c.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /** The session id is authenticated data: a handle cannot be moved into another token. */
        private Cipher cipher(int mode, byte[] iv, String session) throws GeneralSecurityException {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(seal, "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(session.getBytes(StandardCharsets.US_ASCII));
            return c;
        }

        static byte[] sha256(String value) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java platform", e);
            }
        }
    }
}
