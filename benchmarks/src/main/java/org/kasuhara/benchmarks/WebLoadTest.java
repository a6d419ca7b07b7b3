// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.io.IOException;
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
 * temporary folder) and a {@code java.net.http} client in the same JVM, with {@code threads} clients each sending
 * one request after another over keep-alive connections. Measures stateless {@code POST /api/v1/assess} and
 * storing {@code POST /api/v1/cases} (each a new case, committed) for a bounded time and count, and prints
 * requests per second and latency percentiles. The client shares the machine's cores with the server.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.WebLoadTest [threads] [seconds] [maxRequests]</pre>
 */
public final class WebLoadTest {
    private static final String KEY = "load-test-key";

    private WebLoadTest() {
    }

    /**
     * Runs the load test.
     *
     * @param args client threads (default 8), seconds per measurement (default 10), most requests per measurement
     *             (default 200000)
     * @throws Exception when the server cannot start or a request fails
     */
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long max = args.length > 2 ? Long.parseLong(args[2]) : 200_000;
        String webForm = resource("cases/web-form.json");
        Path data = Files.createTempDirectory("kasuhara-load");
        System.out.println("load average before: " + loadAverage());
        try (CaseStore store = JdbcCaseStore.h2(data);
                KasuharaServer server = KasuharaServer.start(KasuharaWeb.builder().store(store)
                        .engine(TriageEngine.builder().build()).settings(WebSettings.of(Map.of(
                                "kasuhara.web.port", "0", "kasuhara.web.rateLimit.perMinute", "100000000",
                                "kasuhara.web.rateLimit.burst", "100000000",
                                "kasuhara.web.apiKey.acme-foods", AccessKeys.hash(KEY)))).build())) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            URI assess = server.uri().resolve("api/v1/assess");
            URI cases = server.uri().resolve("api/v1/cases");
            AtomicLong ids = new AtomicLong();
            IntFunction<HttpRequest> assessRequest = t -> post(assess, webForm);
            IntFunction<HttpRequest> submitRequest = t -> post(cases,
                    webForm.replace("\"B-WEB-1\"", "\"LOAD-" + ids.incrementAndGet() + "\""));
            run("warm-up assess", client, assessRequest, threads, Math.max(3, seconds / 2), max, 200);
            run("assess (stateless)", client, assessRequest, threads, seconds, max, 200);
            run("warm-up submit", client, submitRequest, threads, Math.max(2, seconds / 4), max, 201);
            run("submit (stored in H2 + assessed)", client, submitRequest, threads, seconds, max, 201);
        }
        System.out.println("load average after: " + loadAverage());
    }

    private static HttpRequest post(URI uri, String json) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static void run(String name, HttpClient client, IntFunction<HttpRequest> requests, int threads,
            int seconds, long max, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong sent = new AtomicLong();
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
                while (System.nanoTime() < deadline && sent.incrementAndGet() <= max && n < own.length) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = send(client, requests.apply(index));
                    own[n++] = System.nanoTime() - t0;
                    if (r.statusCode() != expected) {
                        throw new IllegalStateException(name + ": status " + r.statusCode() + " " + new String(r.body(),
                                StandardCharsets.UTF_8));
                    }
                }
                counts[index] = n;
            }, "load-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            w.join();
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
        System.out.printf("%-34s %8d requests in %5.1f s = %7.0f req/s; latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f"
                + " (%d client threads); CPU of server + client %.3f ms per request%n", name, all.length, elapsed,
                all.length / elapsed, pct(all, 0.50), pct(all, 0.90), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, threads, all.length == 0 ? 0 : cpuMs / all.length);
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static HttpResponse<byte[]> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
