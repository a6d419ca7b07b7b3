// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kasuhara serve --call-monitor}: call events over the API raise alerts, printed and posted to a webhook. */
public class ServeCallMonitorTest {
    @TempDir
    Path data;

    @Test
    public void callEventsOverTheApiRaiseAlertsThatArePrintedAndPostedToTheWebhook() throws Exception {
        List<String> posted = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/alerts", exchange -> {
            posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(KasuharaCommand.commandLine().setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("serve", "--data", data.toString(), "--port", "0",
                        "--lang", "en", "--call-monitor", "--call-alerts-webhook",
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/alerts")));
        serving.start();
        try {
            String endpoint = ServeCommandTest.await(out, Pattern.compile("call events \\(staff key\\): POST (\\S+)"));
            String staff = ServeCommandTest.await(out, Pattern.compile("staff key \\(this run only\\): (\\S+)"));
            String organisation = ServeCommandTest.await(out, Pattern.compile("API key acme-foods: (\\S+)"));
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            StringBuilder events = new StringBuilder();
            for (int i = 1; i <= 3; i++) {
                events.append("{\"type\":\"started\",\"callId\":\"c-").append(i).append("\",\"caller\":\"+81-90-0000-1111\",")
                        .append("\"matter\":\"order-1\",\"at\":\"").append(now.plusSeconds(i)).append("\"}\n")
                        .append("{\"type\":\"ended\",\"callId\":\"c-").append(i).append("\",\"at\":\"")
                        .append(now.plusSeconds(i)).append("\"}\n");
            }
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> refused = http.send(post(endpoint, organisation, events.toString()),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(403);
            HttpResponse<String> accepted = http.send(post(endpoint, staff, events.toString()),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            // the repeat line alerts once; three calls at night also reach the off-hours pattern (KH-CALL-004)
            org.kasuhara.policy.Policy policy = org.kasuhara.policy.Policy.defaults();
            long night = java.util.stream.IntStream.rangeClosed(1, 3).filter(i -> policy.isOffHours(
                    now.plusSeconds(i).atZone(policy.zone()).toLocalTime())).count();
            int alerts = night >= policy.repeatContacts() ? 2 : 1;
            assertThat(accepted.body()).contains("\"alerts\":" + alerts);
            assertThat(ServeCommandTest.await(out, Pattern.compile("call alert: (KH-CALL-003 \\S+ \\S+ call c-3)")))
                    .startsWith("KH-CALL-003");
            for (int i = 0; i < 300 && posted.size() < alerts; i++) {
                Thread.sleep(100);
            }
            assertThat(posted).hasSize(alerts).anySatisfy(a -> assertThat(a).contains("KH-CALL-003", "c-3"))
                    .allSatisfy(a -> assertThat(a).doesNotContain("+81-90-0000-1111"));
            assertThat(out.toString()).doesNotContain("+81-90-0000-1111");
        } finally {
            serving.interrupt();
            serving.join(20_000);
            receiver.stop(0);
        }
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).as(err.toString()).isEqualTo(0);
        assertThat(err.toString()).doesNotContain("+81-90-0000-1111");
    }

    private static HttpRequest post(String endpoint, String key, String body) {
        return HttpRequest.newBuilder(URI.create(endpoint)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
