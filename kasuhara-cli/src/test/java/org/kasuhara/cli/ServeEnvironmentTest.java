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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.web.AccessKeys;

/**
 * {@code kasuhara serve} configured by {@code KASUHARA_*} variables only, as in a container (system properties of the
 * same names here, which the command reads the same way); its probes and its metrics for the staff key.
 */
public class ServeEnvironmentTest {
    private static final String API_KEY = AccessKeys.generate();
    private static final String STAFF_KEY = AccessKeys.generate();

    @TempDir
    Path data;
    @TempDir
    Path rules;

    @Test
    public void serveTakesItsFolderPortRulesAndKeysFromVariables() throws Exception {
        TestRuleSets.basic(rules);
        Files.writeString(rules.resolve("policy.yaml"), "defaults:\n  confinementMinutes: 60\n");
        Map<String, String> variables = Map.of("KASUHARA_DATA", data.toString(), "KASUHARA_PORT", "0",
                "KASUHARA_RULES", rules.toString(), "KASUHARA_STAFF_KEY", AccessKeys.hash(STAFF_KEY),
                "KASUHARA_API_KEY_ACME_FOODS", AccessKeys.hash(API_KEY));
        variables.forEach(System::setProperty);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(KasuharaCommand.commandLine().setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("serve", "--lang", "en")));
        try {
            serving.start();
            String form = ServeCommandTest.await(out,
                    Pattern.compile("reception form: (http://127\\.0\\.0\\.1:\\d+/form)"));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(
                    URI.create(form).resolve("/api/v1/cases")).header("Authorization", "Bearer " + API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"id": "C-ENV-1", "receivedAt": "2026-11-20T14:00:00+09:00", "channel": "PHONE",
                             "organization": "acme-foods",
                             "contacts": [{"channel": "PHONE", "start": "2026-11-20T14:00:00+09:00",
                                           "end": "2026-11-20T15:14:00+09:00", "staff": "op-1"}]}
                            """)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
            assertThat(submitted.body()).contains("CUSTOMER_HARASSMENT", "test-rules");
            assertThat(out.toString()).doesNotContain("this run only");
            assertThat(data.resolve("kasuhara.mv.db")).exists();

            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(form).resolve("/metrics"))
                    .header("Authorization", "Bearer " + STAFF_KEY).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains(
                    "kasuhara_assessments_total{ruleset=\"test-rules\",verdict=\"CUSTOMER_HARASSMENT\"} 1.0",
                    "kasuhara_intakes_total 1.0", "kasuhara_cases_overdue ");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(form).resolve("/readyz")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        } finally {
            serving.interrupt();
            serving.join(20_000);
            variables.keySet().forEach(System::clearProperty);
        }
        assertThat(exit.get()).as(err.toString()).isZero();
    }
}
