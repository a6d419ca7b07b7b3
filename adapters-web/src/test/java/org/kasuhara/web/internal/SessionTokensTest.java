// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Tokens signed with the right secret but saying the wrong thing are refused too: another version, a lifetime longer
 * than eight hours, a handle moved from another session. These need the secret, so they are built here.
 */
class SessionTokensTest {
    private static final String SECRET = "a-session-secret-of-at-least-32-characters";
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);
    private final SessionTokens tokens = new SessionTokens(NOW, SECRET, null);

    @Test
    void aTokenSaysWhichKeyAndWhichHandle() {
        String token = tokens.issue("AAAAAAAAAAAAAAAA", "sato");
        assertThat(tokens.verify(token)).contains(new SessionTokens.Claims("AAAAAAAAAAAAAAAA", "sato"));
        assertThat(token).startsWith("1.").hasSizeLessThan(SessionTokens.MAX_LENGTH);
    }

    @Test
    void aSignedTokenOfAnotherVersionIsRefused() throws Exception {
        String[] parts = tokens.issue("AAAAAAAAAAAAAAAA", "sato").split("\\.");
        parts[0] = "2";
        assertThat(tokens.verify(resigned(parts))).isEmpty();
        parts[0] = "1";
        assertThat(tokens.verify(resigned(parts))).as("the same re-signed as version 1").isPresent();
    }

    @Test
    void aSignedTokenLastingLongerThanEightHoursIsRefused() throws Exception {
        String[] parts = tokens.issue("AAAAAAAAAAAAAAAA", "sato").split("\\.");
        parts[3] = Long.toString(Long.parseLong(parts[3]) + 1);
        assertThat(tokens.verify(resigned(parts))).isEmpty();
        parts[3] = parts[2];
        assertThat(tokens.verify(resigned(parts))).as("ending when it starts").isEmpty();
    }

    @Test
    void aHandleMovedIntoAnotherSessionDoesNotOpen() throws Exception {
        String[] lead = tokens.issue("AAAAAAAAAAAAAAAA", "lead-tanaka").split("\\.");
        String[] mine = tokens.issue("AAAAAAAAAAAAAAAA", "sato").split("\\.");
        mine[5] = lead[5];
        assertThat(tokens.verify(resigned(mine))).isEmpty();
    }

    @Test
    void aHandleThatIsNotOneAfterDecryptionIsRefused() throws Exception {
        String[] parts = tokens.issue("AAAAAAAAAAAAAAAA", "a\u0007bell").split("\\.");
        assertThat(tokens.verify(String.join(".", parts))).isEmpty();
    }

    @Test
    void keyIdsAreStableAndDifferPerKey() {
        String hash = "0".repeat(64);
        assertThat(SessionTokens.keyId(hash)).isEqualTo(SessionTokens.keyId(hash)).hasSize(16)
                .isNotEqualTo(SessionTokens.keyId("1".repeat(64)));
    }

    /** Signs the parts' first six with the secret as the server would, replacing the seventh. */
    private static String resigned(String[] parts) throws Exception {
        String body = String.join(".", java.util.Arrays.copyOf(parts, 6));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(("kasuhara-session-mac:" + SECRET)
                .getBytes(StandardCharsets.UTF_8)), "HmacSHA256"));
        return body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(
                body.getBytes(StandardCharsets.US_ASCII)));
    }
}
