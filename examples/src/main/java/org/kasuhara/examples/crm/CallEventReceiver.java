// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.crm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.kasuhara.calls.CallMonitor;

/**
 * A tiny webhook receiver for CRM call events: {@code POST /events} with one JSON event a line (see
 * {@link org.kasuhara.calls.CallEvent}); every line goes to the monitor, which counts bad ones instead of failing.
 * Answers {@code 202} with the number of lines read. Binds to 127.0.0.1 only: put a real web server (and
 * authentication) in front of it in production.
 */
public final class CallEventReceiver implements AutoCloseable {
    private final HttpServer server;

    /**
     * Starts listening.
     *
     * @param monitor the monitor to feed
     * @param port    the port, or 0 for any free one
     * @throws UncheckedIOException when the port cannot be bound
     */
    public CallEventReceiver(CallMonitor monitor, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        server.createContext("/events", exchange -> handle(monitor, exchange));
        server.start();
    }

    private static void handle(CallMonitor monitor, HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            long lines = body.lines().filter(line -> !line.isBlank()).peek(monitor::acceptJson).count();
            byte[] answer = ("{\"read\":" + lines + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    /** @return where to post events */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/events");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
