// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.tck.webhooks.TestReceiver;
import org.kasuhara.cases.webhooks.WebhookSecret;
import org.kasuhara.cases.webhooks.WebhookVerifier;
import org.kasuhara.web.AccessKeys;

/**
 * {@code kasuhara serve --webhook-url} with the secret from {@code KASUHARA_WEBHOOKS_SECRET}: a case posted to the API
 * reaches a real receiver that verifies its signature, and the staff key sees the delivery in the log.
 */
public class ServeWebhooksTest {
    private static final String API_KEY = AccessKeys.generate();
    private static final String STAFF_KEY = AccessKeys.generate();

    @TempDir
    Path data;

    @Test
    public void anIntakeIsSentSignedToTheConfiguredUrl() throws Exception {
        WebhookSecret secret = WebhookSecret.generate();
        TestReceiver receiver = new TestReceiver(WebhookVerifier.of(secret));
        System.setProperty("KASUHARA_WEBHOOKS_SECRET", secret.text());
        System.setProperty("KASUHARA_STAFF_KEY", AccessKeys.hash(STAFF_KEY));
        System.setProperty("KASUHARA_API_KEY_ACME_FOODS", AccessKeys.hash(API_KEY));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(KasuharaCommand.commandLine().setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("serve", "--data", data.toString(), "--port", "0",
                        "--lang", "en", "--webhook-url", receiver.url().toString(),
                        "--webhook-events", "case.assessed")));
        try {
            serving.start();
            String form = ServeCommandTest.await(out,
                    Pattern.compile("reception form: (http://127\\.0\\.0\\.1:\\d+/form)"));
            // printed after the addresses: wait for it rather than read the output once (a race on a busy machine)
            assertThat(ServeCommandTest.await(out, Pattern.compile("webhooks: (1) endpoint\\(s\\)"))).isEqualTo("1");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(form)
                    .resolve("/api/v1/cases")).header("Authorization", "Bearer " + API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"id": "C-HOOK-1", "receivedAt": "2026-11-20T14:00:00+09:00", "channel": "PHONE",
                             "organization": "acme-foods", "applicant": {"name": "山田花子"},
                             "contacts": [{"channel": "PHONE", "start": "2026-11-20T14:00:00+09:00",
                                           "end": "2026-11-20T15:14:00+09:00", "staff": "op-1"}]}
                            """)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);

            for (int i = 0; i < 300 && receiver.accepted().isEmpty(); i++) {
                Thread.sleep(100);
            }
            assertThat(receiver.accepted()).hasSize(1);
            assertThat(receiver.accepted().get(0).body()).contains("\"type\":\"case.assessed\"", "C-HOOK-1").doesNotContain("山田");
            HttpResponse<String> log = http.send(HttpRequest.newBuilder(URI.create(form)
                    .resolve("/api/v1/webhooks/deliveries")).header("Authorization", "Bearer " + STAFF_KEY).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(log.statusCode()).isEqualTo(200);
            assertThat(log.body()).contains("\"CASE_ASSESSED\"");
        } finally {
            serving.interrupt();
            serving.join(20_000);
            receiver.close();
            List.of("KASUHARA_WEBHOOKS_SECRET", "KASUHARA_STAFF_KEY", "KASUHARA_API_KEY_ACME_FOODS")
                    .forEach(System::clearProperty);
        }
        assertThat(exit.get()).as(err.toString()).isZero();
    }

    @Test
    public void aWebhookUrlWithoutASecretIsRefusedNamingTheSetting() {
        CliRun run = CliRun.of("serve", "--data", data.toString(), "--port", "0", "--lang", "en",
                "--webhook-url", "http://127.0.0.1:9/hook");
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("webhooks.secret");
        assertThat(run.out()).doesNotContain("reception form");
    }
}
