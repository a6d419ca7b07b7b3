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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kasuhara serve} on a fresh folder: no setup, the H2 store, printed addresses and keys that work. */
public class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    public void serveOnAFreshFolderServesTheFormApiAndLeafletWithTheH2Store() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(KasuharaCommand.commandLine().setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("serve", "--data", data.toString(), "--port", "0",
                        "--lang", "en")));
        serving.start();
        try {
            String form = await(out, Pattern.compile("reception form: (http://127\\.0\\.0\\.1:\\d+/form)"));
            String key = await(out, Pattern.compile("API key acme-foods: (\\S+)"));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("受付フォーム");
            String json = Files.readString(SampleCasesTest.CASES.resolve("legitimate-wrong-name-cake-refund.json"));
            HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(form).resolve("/api/v1/cases"))
                    .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
            assertThat(submitted.body()).contains("\"receipt\":\"KH-00000001\"", "LEGITIMATE_COMPLAINT");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(form).resolve("/leaflet.pdf")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);
            assertThat(out.toString()).contains("staff dashboard: ", "/api/v1/openapi.json", "staff key (this run only): ");
            assertThat(data.resolve("kasuhara.mv.db")).exists();
        } finally {
            serving.interrupt();
            serving.join(20_000);
        }
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).as(err.toString()).isEqualTo(0);
    }

    @Test
    public void missingRuleFolderIsReportedBeforeAnythingIsServed() {
        CliRun run = CliRun.of("serve", "--data", data.toString(), "--port", "0", "--rules",
                data.resolve("no-such-rules").toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("no-such-rules");
        assertThat(run.out()).doesNotContain("reception form");
    }

    /** The first group of what serve prints matching the pattern, waiting up to 60 s; shared by the serve tests. */
    static String await(StringWriter out, Pattern pattern) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Matcher m = pattern.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve printed no " + pattern + " within 60 s; printed: " + out);
    }
}
