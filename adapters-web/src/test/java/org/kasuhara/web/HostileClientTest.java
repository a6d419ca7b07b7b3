// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile clients against a running server (issue 14): slow bodies, TRACE, malformed requests Jetty answers itself.
 * One client must never take the counter down, and every answer carries the security headers.
 */
class HostileClientTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Writes a raw request and reads the whole answer (the server closes or the timeout ends it). */
    private static String raw(String request) throws IOException {
        URI uri = server.uri("/");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")
                            && !request.contains("Connection: close")) {
                        break;
                    }
                }
            } catch (java.net.SocketException closedByServer) {
                // Jetty may reset the connection after answering a bad request: what was read is the answer
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void traceIsRefusedAndEchoesNothing() throws IOException {
        for (String method : new String[] {"TRACE", "TRACK"}) {
            String answer = raw(method + " /staff HTTP/1.1\r\nHost: localhost\r\nCookie: kh_staff=secret-session\r\n"
                    + "Authorization: Bearer " + TestServer.STAFF_KEY + "\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(method).startsWith("HTTP/1.1 405").doesNotContain("secret-session",
                    TestServer.STAFF_KEY).contains("Content-Security-Policy: ", "X-Content-Type-Options: nosniff");
        }
    }

    @Test
    void jettysOwnErrorsCarryTheSecurityHeaders() throws IOException {
        String badLine = raw("GARBAGE\r\n\r\n");
        String longUri = raw("GET /form?" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String bigHeaders = raw("GET /form HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(badLine).startsWith("HTTP/1.1 400");
        assertThat(longUri).startsWith("HTTP/1.1 414");
        assertThat(bigHeaders).startsWith("HTTP/1.1 431");
        for (String answer : List.of(badLine, longUri, bigHeaders)) {
            assertThat(answer).contains("Content-Security-Policy: default-src 'none'", "X-Content-Type-Options: nosniff",
                    "X-Frame-Options: DENY", "Referrer-Policy: no-referrer").doesNotContain("Server: Jetty");
        }
    }

    @Test
    void oneClientHoldingManySlowConnectionsCannotStopTheCounter() throws Exception {
        List<String> one = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            one.add("127.0.0.2");
        }
        System.out.println("probe latency, 150 slow connections from one address, ms: " + probeWhileSlow(one));
    }

    @Test
    void oneHundredFiftySlowClientsOnTheirOwnAddressesCannotStopTheCounter() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            many.add("127.0.1." + i);
        }
        System.out.println("probe latency, 150 slow clients on 150 addresses, ms: " + probeWhileSlow(many));
    }

    /**
     * Opens one connection per source address that declares a 4,000-byte form body and sends a byte per half second,
     * then probes the form from 127.0.0.1 once a second for ten seconds: every probe must be answered.
     *
     * @return the probes' latencies
     */
    private static List<Long> probeWhileSlow(List<String> sources) throws Exception {
        URI uri = server.uri("/form/confirm");
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (String source : sources) {
                Socket socket = new Socket();
                socket.bind(new java.net.InetSocketAddress(source, 0));
                socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /form/confirm HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                            + "application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\nmessage=")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByServer) {
                    // over the per-client cap: the server closed it at once
                }
                slow.add(socket);
            }
            // one byte per socket every half second: far below any reasonable data rate, never finishing a body
            trickle.scheduleAtFixedRate(() -> {
                for (Socket socket : slow) {
                    try {
                        socket.getOutputStream().write('a');
                        socket.getOutputStream().flush();
                    } catch (IOException closedByServer) {
                        // the server dropped this slow client: what the test wants
                    }
                }
            }, 0, 500, TimeUnit.MILLISECONDS);
            HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Thread.sleep(1_000);
                long start = System.nanoTime();
                HttpResponse<String> r = probe.send(HttpRequest.newBuilder(server.uri("/form"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                millis.add((System.nanoTime() - start) / 1_000_000);
                assertThat(r.statusCode()).isEqualTo(200);
            }
            return millis;
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }
}
