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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kasuhara serve --call-monitor --call-mapping}: a platform's records of finished calls over the API. */
public class ServeCallMappingTest {
    private static final String CALLER = "+81500000002";
    @TempDir
    Path data;

    /** An Amazon Connect contact record of a call that lasted {@code minutes} and ended now. */
    private static String contactRecord(String id, int minutes, boolean withCaller) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return "{\"ContactId\":\"" + id + "\",\"Channel\":\"VOICE\",\"InitiationTimestamp\":\""
                + end.minusSeconds(minutes * 60L) + "\",\"DisconnectTimestamp\":\"" + end + "\","
                + (withCaller ? "\"CustomerEndpoint\":{\"Address\":\"" + CALLER + "\",\"Type\":\"TELEPHONE_NUMBER\"},"
                : "") + "\"Attributes\":{\"matter\":\"ORD-2002\"}}";
    }

    @Test
    public void anAmazonConnectRecordOfALongCallRaisesTheConfinementAlertAndOneThatDoesNotMapIsNamed()
            throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(KasuharaCommand.commandLine().setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true)).execute("serve", "--data", data.toString(), "--port", "0",
                        "--lang", "en", "--call-monitor", "--call-mapping", "amazon-connect")));
        serving.start();
        try {
            String endpoint = ServeCommandTest.await(out,
                    Pattern.compile("call records \\(staff key\\) amazon-connect: POST (\\S+)"));
            String staff = ServeCommandTest.await(out, Pattern.compile("staff key \\(this run only\\): (\\S+)"));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> unmapped = http.send(post(endpoint, staff, contactRecord("c-1", 3, false)),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(unmapped.statusCode()).isEqualTo(400);
            assertThat(unmapped.body()).contains("\"path\":\"/CustomerEndpoint/Address\"", "unmapped_record");
            HttpResponse<String> accepted = http.send(post(endpoint, staff, contactRecord("c-2", 65, true)),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            assertThat(accepted.body()).contains("\"received\":1", "\"applied\":1");
            assertThat(ServeCommandTest.await(out, Pattern.compile("call alert: (KH-CALL-002 CONFINEMENT_REACHED)")))
                    .isNotEmpty();
            assertThat(out.toString()).doesNotContain(CALLER);
        } finally {
            serving.interrupt();
            serving.join(20_000);
        }
        assertThat(exit.get()).as(err.toString()).isEqualTo(0);
        assertThat(err.toString()).doesNotContain(CALLER);
    }

    @Test
    public void anUnknownPlatformABrokenFileOrAMappingWithoutTheMonitorStopsTheStartNamingIt() throws Exception {
        Path broken = Files.writeString(data.resolve("mapping.yaml"), "caller: /a~2b\nstart: s\nend: e\n");
        String[][] cases = {{"--call-monitor", "--call-mapping", "avaya"},
            {"--call-monitor", "--call-mapping", broken.toString()}, {"--call-mapping", "twilio"}};
        String[] expected = {"avaya", "mapping.yaml:1: caller: malformed JSON Pointer", "--call-monitor"};
        for (int i = 0; i < cases.length; i++) {
            StringWriter err = new StringWriter();
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("serve", "--data",
                    data.toString(), "--lang", "en"));
            args.addAll(java.util.List.of(cases[i]));
            int code = KasuharaCommand.commandLine().setOut(new PrintWriter(new StringWriter(), true))
                    .setErr(new PrintWriter(err, true)).execute(args.toArray(String[]::new));
            assertThat(code).as(err.toString()).isEqualTo(2);
            assertThat(err.toString()).contains(expected[i]);
        }
    }

    @Test
    public void thePlatformCanComeFromTheEnvironment() {
        System.setProperty("KASUHARA_CALL_MAPPING", "avaya");
        try {
            StringWriter err = new StringWriter();
            int code = KasuharaCommand.commandLine().setOut(new PrintWriter(new StringWriter(), true))
                    .setErr(new PrintWriter(err, true)).execute("serve", "--data", data.toString(), "--lang", "en",
                            "--call-monitor");
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("cannot use the call mapping", "\"avaya\"");
        } finally {
            System.clearProperty("KASUHARA_CALL_MAPPING");
        }
    }

    private static HttpRequest post(String endpoint, String key, String body) {
        return HttpRequest.newBuilder(URI.create(endpoint)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
