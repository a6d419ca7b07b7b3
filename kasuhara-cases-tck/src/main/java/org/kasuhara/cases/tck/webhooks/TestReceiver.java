// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.tck.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.kasuhara.cases.webhooks.WebhookVerificationException;
import org.kasuhara.cases.webhooks.WebhookVerifier;

/**
 * A real webhook receiver on a loopback port (the JDK's HTTP server): it checks every delivery with
 * {@link WebhookVerifier}, records what it accepted and what it refused, and answers as scripted — a queue of statuses
 * (then 204), or hanging until {@link #release()}. It can be stopped and started again on the same port, as a receiver
 * that goes down and comes back.
 */
public final class TestReceiver implements AutoCloseable {
    /** A delivery that passed the verifier. */
    public record Delivery(String webhookId, String timestamp, String signature, String body) {
    }

    private final WebhookVerifier verifier;
    private final List<Delivery> accepted = new CopyOnWriteArrayList<>();
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Integer> script = new ConcurrentLinkedDeque<>();
    private volatile CountDownLatch hang = new CountDownLatch(0);
    private volatile HttpServer server;
    private boolean running;
    private int port;

    /** @param verifier what checks each delivery */
    public TestReceiver(WebhookVerifier verifier) {
        this.verifier = verifier;
        start();
    }

    /** Starts listening, on the port of the last start when there was one. */
    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        running = true;
    }

    /** Stops listening at once: connections are refused until {@link #start()}. */
    public synchronized void stop() {
        if (running) {
            running = false;
            server.stop(0);
        }
    }

    /** @return the receiver's URL */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port + "/hook");
    }

    /** @param statuses the answers to the next attempts, in order (then 204 again) */
    public void answer(Integer... statuses) {
        script.addAll(List.of(statuses));
    }

    /** Makes the next attempts hang (read the body, then wait) until {@link #release()}. */
    public void hang() {
        hang = new CountDownLatch(1);
    }

    /** Lets hanging attempts go on. */
    public void release() {
        hang.countDown();
    }

    /** @return the deliveries that passed the verifier and were answered 2xx, in order */
    public List<Delivery> accepted() {
        return new ArrayList<>(accepted);
    }

    /** @return the {@code webhook-id} of every request that arrived, in order, whatever the answer */
    public List<String> attempts() {
        return new ArrayList<>(attempts);
    }

    /** @return why the verifier refused requests, in order */
    public List<String> refused() {
        return new ArrayList<>(refused);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        attempts.add(String.valueOf(id));
        try {
            hang.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int status;
        try {
            verifier.verify(exchange.getRequestHeaders(), body);
            Integer scripted = script.pollFirst();
            status = scripted == null ? 204 : scripted;
            if (status < 300) {
                accepted.add(new Delivery(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"),
                        new String(body, StandardCharsets.UTF_8)));
            }
        } catch (WebhookVerificationException e) {
            refused.add(e.getMessage());
            status = 401;
        }
        try {
            exchange.sendResponseHeaders(status, -1);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        release();
        stop();
    }
}
