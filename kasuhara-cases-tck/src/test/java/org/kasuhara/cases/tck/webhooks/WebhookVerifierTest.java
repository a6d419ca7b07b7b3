// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.tck.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.webhooks.WebhookSecret;
import org.kasuhara.cases.webhooks.WebhookVerificationException;
import org.kasuhara.cases.webhooks.WebhookVerifier;

/** Signing and verifying as the Standard Webhooks specification describes, against its published test vector. */
class WebhookVerifierTest {
    // the specification's test vector (also in its reference libraries' tests)
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static final Clock AT_SPEC_TIME = Clock.fixed(Instant.ofEpochSecond(SPEC_TIMESTAMP), ZoneOffset.UTC);
    private final WebhookSecret secret = WebhookSecret.parse(SPEC_SECRET);
    private final WebhookVerifier verifier = WebhookVerifier.of(List.of(secret), Duration.ofMinutes(5), AT_SPEC_TIME);

    @Test
    void signingReproducesTheSpecificationsTestVector() {
        assertThat(secret.sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void theSpecificationsTestVectorVerifies() {
        verifier.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), SPEC_SIGNATURE, SPEC_BODY);
        verifier.verify(Map.of("Webhook-Id", List.of(SPEC_ID), "WEBHOOK-TIMESTAMP", List.of("1614265330"),
                "webhook-signature", List.of(SPEC_SIGNATURE)), SPEC_BODY);
    }

    @Test
    void signingAgreesWithAnIndependentHmac() throws Exception {
        WebhookSecret generated = WebhookSecret.generate();
        byte[] key = Base64.getDecoder().decode(generated.text().substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = mac.doFinal("msg_1.1700000000.{\"a\":\"日本語\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(generated.sign("msg_1", 1700000000L, "{\"a\":\"日本語\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("v1," + Base64.getEncoder().encodeToString(expected));
    }

    @Test
    void aTamperedBodyIdOrTimestampIsRefused() {
        byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> verifier.verify(SPEC_ID, "1614265330", SPEC_SIGNATURE, tampered), "no valid v1 signature");
        assertRefused(() -> verifier.verify("msg_other", "1614265330", SPEC_SIGNATURE, SPEC_BODY),
                "no valid v1 signature");
        assertRefused(() -> verifier.verify(SPEC_ID, "1614265331", SPEC_SIGNATURE, SPEC_BODY),
                "no valid v1 signature");
    }

    @Test
    void anotherSecretIsRefusedAndOneValidSignatureAmongSeveralIsEnough() {
        WebhookVerifier other = WebhookVerifier.of(List.of(WebhookSecret.generate()), Duration.ofMinutes(5),
                AT_SPEC_TIME);
        assertRefused(() -> other.verify(SPEC_ID, "1614265330", SPEC_SIGNATURE, SPEC_BODY), "no valid v1 signature");
        verifier.verify(SPEC_ID, "1614265330", "v1,bm9wZQ== v1a,xyz " + SPEC_SIGNATURE, SPEC_BODY);
        assertRefused(() -> verifier.verify(SPEC_ID, "1614265330", "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                SPEC_BODY), "no valid v1 signature");
        assertRefused(() -> verifier.verify(SPEC_ID, "1614265330", "v1,***", SPEC_BODY), "no valid v1 signature");
    }

    @Test
    void aTimestampOutsideTheToleranceIsRefusedEitherWay() {
        for (long skew : new long[] {-301, 301}) {
            WebhookVerifier later = WebhookVerifier.of(List.of(secret), Duration.ofMinutes(5),
                    Clock.offset(AT_SPEC_TIME, Duration.ofSeconds(skew)));
            assertRefused(() -> later.verify(SPEC_ID, "1614265330", SPEC_SIGNATURE, SPEC_BODY), "outside the tolerance");
        }
        WebhookVerifier justInside = WebhookVerifier.of(List.of(secret), Duration.ofMinutes(5),
                Clock.offset(AT_SPEC_TIME, Duration.ofSeconds(300)));
        justInside.verify(SPEC_ID, "1614265330", SPEC_SIGNATURE, SPEC_BODY);
        assertRefused(() -> verifier.verify(SPEC_ID, "yesterday", SPEC_SIGNATURE, SPEC_BODY), "expected seconds");
    }

    @Test
    void missingHeadersAreRefused() {
        assertRefused(() -> verifier.verify(Map.of("webhook-id", List.of(SPEC_ID)), SPEC_BODY), "missing");
        assertRefused(() -> verifier.verify(null, "1614265330", SPEC_SIGNATURE, SPEC_BODY), "missing");
        assertRefused(() -> verifier.verify(SPEC_ID, "1614265330", null, SPEC_BODY), "missing");
    }

    @Test
    void secretsMustBeWhsecBase64OfUsableLengthAndNeverShowThemselves() {
        assertThatThrownBy(() -> WebhookSecret.parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .hasMessageContaining("expected whsec_");
        assertThatThrownBy(() -> WebhookSecret.parse("whsec_not base64!")).hasMessageContaining("not base64")
                .hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> WebhookSecret.parse("whsec_c2hvcnQ=")).hasMessageContaining("24 to 64 bytes");
        assertThat(WebhookSecret.parse(SPEC_SECRET).text()).isEqualTo(SPEC_SECRET);
        assertThat(secret.toString()).doesNotContain("MfKQ9r8");
        assertThat(WebhookSecret.parse(WebhookSecret.generate().text())).isNotNull();
    }

    private static void assertRefused(Runnable check, String reason) {
        assertThatThrownBy(check::run).isInstanceOf(WebhookVerificationException.class).hasMessageContaining(reason);
    }
}
