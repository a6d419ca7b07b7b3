// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import org.kasuhara.web.AccessKeys;
import org.kasuhara.web.KasuharaServer;
import org.kasuhara.web.KasuharaWeb;
import org.kasuhara.web.WebSettings;

/**
 * Load test of the web counter on loopback: a Jetty server (the real one of {@code kasuhara serve}, H2 store in a
 * temporary folder) and a client in the same JVM, with {@code threads} clients each sending one request after another
 * over keep-alive connections. Measures stateless {@code POST /api/v1/assess} and storing {@code POST /api/v1/cases}
 * (each a new case, committed) for a bounded time and count, and prints requests per second, latency percentiles and
 * the CPU per request of the whole process and of the server alone (the process less the client threads). The client
 * shares the machine's cores with the server: {@code raw} (the default) is a wrk-style client
 * ({@link RawHttpConnection}, a few microseconds per request), {@code jdk} is {@code java.net.http}, as a host's Java
 * client would be.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.WebLoadTest [threads] [seconds] [maxRequests] [raw|jdk]</pre>
 */
public final class WebLoadTest {
    private static final String KEY = "load-test-key";

    private WebLoadTest() {
    }

    /**
     * Runs the load test.
     *
     * @param args client threads (default 8), seconds per measurement (default 10), most requests per measurement
     *             (default 200000), client ({@code raw}, the default, or {@code jdk})
     * @throws Exception when the server cannot start or a request fails
     */
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long max = args.length > 2 ? Long.parseLong(args[2]) : 200_000;
        boolean raw = args.length <= 3 || !"jdk".equals(args[3]);
        String webForm = resource("cases/web-form.json");
        Path data = Files.createTempDirectory("kasuhara-load");
        System.out.println("load average before: " + loadAverage());
        try (CaseStore store = JdbcCaseStore.h2(data);
                KasuharaServer server = KasuharaServer.start(KasuharaWeb.builder().store(store)
                        .engine(TriageEngine.builder().build()).settings(WebSettings.of(Map.of(
                                "kasuhara.web.port", "0", "kasuhara.web.rateLimit.perMinute", "100000000",
                                "kasuhara.web.rateLimit.burst", "100000000",
                                "kasuhara.web.maxConnectionsPerClient", Integer.toString(Math.max(16, threads)),
                                "kasuhara.web.apiKey.acme-foods", AccessKeys.hash(KEY)))).build())) {
            AtomicLong ids = new AtomicLong();
            IntFunction<String> assessBody = t -> webForm;
            IntFunction<String> submitBody = t -> webForm.replace("\"B-WEB-1\"", "\"LOAD-" + ids.incrementAndGet() + "\"");
            Sender sender = raw ? rawSender(server.uri()) : jdkSender();
            System.out.println("client: " + (raw ? "raw (wrk-style sockets)" : "java.net.http"));
            run("warm-up assess", sender, server.uri().resolve("api/v1/assess"), assessBody, threads,
                    Math.max(3, seconds / 2), max, 200);
            run("assess (stateless)", sender, server.uri().resolve("api/v1/assess"), assessBody, threads, seconds, max,
                    200);
            run("warm-up submit", sender, server.uri().resolve("api/v1/cases"), submitBody, threads,
                    Math.max(2, seconds / 4), max, 201);
            run("submit (stored in H2 + assessed)", sender, server.uri().resolve("api/v1/cases"), submitBody, threads,
                    seconds, max, 201);
        }
        System.out.println("load average after: " + loadAverage());
    }

    /** One client thread's way of sending: returns the status, or throws with the body when it is not expected. */
    private interface Sender {
        Worker open(URI uri, int clientThread);
    }

    private interface Worker extends AutoCloseable {
        void send(String json, int expected) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    private static Sender jdkSender() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return (uri, clientThread) -> (json, expected) -> {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + KEY)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            check(r.statusCode(), expected, r.body());
        };
    }

    /** One connection per client thread, kept for the whole test as a pooling client keeps its connections. */
    private static Sender rawSender(URI server) {
        Map<Integer, RawHttpConnection> connections = new java.util.concurrent.ConcurrentHashMap<>();
        return (uri, index) -> (json, expected) -> {
            RawHttpConnection connection = connections.computeIfAbsent(index, i -> new RawHttpConnection(server));
            check(connection.send(connection.post(uri.getRawPath(), "Bearer " + KEY, json)), expected,
                    connection.lastBody());
        };
    }

    private static void check(int status, int expected, byte[] body) {
        if (status != expected) {
            throw new IllegalStateException("status " + status + " " + new String(body, StandardCharsets.UTF_8));
        }
    }

    private static void run(String name, Sender sender, URI uri, IntFunction<String> bodies, int threads,
            int seconds, long max, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong sent = new AtomicLong();
        AtomicLong clientCpu = new AtomicLong();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[threads];
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        for (int t = 0; t < threads; t++) {
            long[] own = new long[(int) Math.min(max, 2_000_000)];
            latencies.add(own);
            int index = t;
            Thread worker = new Thread(() -> {
                int n = 0;
                try (Worker client = sender.open(uri, index)) {
                    while (System.nanoTime() < deadline && sent.incrementAndGet() <= max && n < own.length) {
                        long t0 = System.nanoTime();
                        client.send(bodies.apply(index), expected);
                        own[n++] = System.nanoTime() - t0;
                    }
                } catch (Exception e) {
                    failures.add(e);
                } finally {
                    counts[index] = n;
                    clientCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                }
            }, "load-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        if (!failures.isEmpty()) { // a figure from fewer clients than asked for would mislead
            IllegalStateException failed = new IllegalStateException(name + ": " + failures.size()
                    + " client thread(s) failed: " + failures.get(0).getMessage(), failures.get(0));
            failures.stream().skip(1).forEach(failed::addSuppressed);
            throw failed;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuMs = (processCpuNanos() - cpuStart) / 1e6;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        double perRequest = all.length == 0 ? 0 : cpuMs / all.length;
        double serverPerRequest = all.length == 0 ? 0 : (cpuMs - clientCpu.get() / 1e6) / all.length;
        System.out.printf("%-34s %8d requests in %5.1f s = %7.0f req/s; latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f"
                + " (%d client threads); CPU per request: process %.3f ms, server alone %.3f ms%n", name, all.length,
                elapsed, all.length / elapsed, pct(all, 0.50), pct(all, 0.90), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, threads, perRequest, serverPerRequest);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = WebLoadTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** CPU time of this whole process (server, client, JIT, GC), so that a loaded machine can be read per request. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " on " + Runtime.getRuntime()
                    .availableProcessors() + " cores";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
