// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.web.AccessKeys;

/**
 * Two {@code kasuhara serve} instances on one real PostgreSQL take submissions at the same time, as two counters
 * behind a load balancer would: every case gets one receipt number, none twice, none skipped; a case sent to both
 * at once is received once and re-submitted once, with one receipt, and skips no number either.
 */
class ServeSideBySideTest {
    private static final Pattern RECEIPT = Pattern.compile("\"receipt\":\"(KH-\\d+)\"");
    private static final int CASES = 120;
    private static final int PAIRS = 20;
    @TempDir
    Path dir;

    @Test
    @Timeout(240)
    void twoCountersOnOneDatabaseGiveUniqueGaplessReceiptsAndOneReceiptPerCase() throws Exception {
        String apiKey = AccessKeys.generate();
        Path config = dir.resolve("web.properties");
        Files.write(config, List.of("kasuhara.web.apiKey.acme-foods=" + AccessKeys.hash(apiKey),
                "kasuhara.web.staffKey=" + AccessKeys.hash(AccessKeys.generate()),
                "kasuhara.web.rateLimit.perMinute=1000000", "kasuhara.web.rateLimit.burst=100000"));
        String template = Files.readString(SampleCasesTest.CASES.resolve("legitimate-wrong-name-cake-refund.json"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            List<Thread> servers = new ArrayList<>();
            List<AtomicInteger> exits = new ArrayList<>();
            List<URI> apis = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    StringWriter out = new StringWriter();
                    StringWriter err = new StringWriter();
                    AtomicInteger exit = new AtomicInteger(-1);
                    Thread serving = new Thread(() -> exit.set(KasuharaCommand.commandLine()
                            .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                            .execute("serve", "--jdbc-url", url, "--port", "0", "--config", config.toString(),
                                    "--lang", "en")));
                    serving.start();
                    servers.add(serving);
                    exits.add(exit);
                    apis.add(URI.create(await(out, err, Pattern.compile("JSON API: (http://127\\.0\\.0\\.1:\\d+/api/v1/)"))));
                }
                HttpClient http = HttpClient.newHttpClient();
                String key = apiKey;
                Submissions distinct = submit(http, apis, key, template, CASES, n -> String.format("SBS-%04d", n));
                assertThat(distinct.statuses()).containsExactly(Map.entry(201, CASES));
                assertThat(distinct.numbers()).as("unique and none skipped").containsExactlyElementsOf(
                        IntStream.rangeClosed(1, CASES).boxed().toList());

                // each case of a pair goes to both counters at about the same time
                Submissions pairs = submit(http, apis, key, template, 2 * PAIRS,
                        n -> String.format("PAIR-%02d", n / 2));
                assertThat(pairs.statuses()).containsOnly(Map.entry(201, PAIRS), Map.entry(200, PAIRS));
                assertThat(pairs.receiptsById()).hasSize(PAIRS).allSatisfy((id, receipts) ->
                        assertThat(receipts).as(id).hasSize(2).containsOnly(receipts.get(0)));
                assertThat(pairs.numbers()).as("unique and none skipped").containsExactlyElementsOf(
                        IntStream.rangeClosed(CASES + 1, CASES + PAIRS).boxed().toList());
            } finally {
                servers.forEach(Thread::interrupt);
                for (Thread serving : servers) {
                    serving.join(20_000);
                }
            }
            assertThat(exits).allSatisfy(exit -> assertThat(exit.get()).isZero());
        }
    }

    private record Submissions(Map<String, List<String>> receiptsById, Map<Integer, Integer> statuses) {
        /** @return the distinct receipt numbers, in order */
        List<Integer> numbers() {
            return receiptsById.values().stream().map(r -> Integer.parseInt(r.get(0).substring(3))).distinct().sorted()
                    .toList();
        }
    }

    /** Sends {@code count} cases from 8 threads, the n-th to counter n % 2, with the id {@code ids(n)}. */
    private static Submissions submit(HttpClient http, List<URI> apis, String key, String template, int count,
                                      IntFunction<String> ids) throws Exception {
        Map<String, List<String>> receiptsById = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                String id = ids.apply(n);
                URI api = apis.get(n % 2);
                sent.add(pool.submit(() -> {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(api.resolve("cases"))
                            .header("Authorization", "Bearer " + key)
                            .POST(HttpRequest.BodyPublishers.ofString(template.replace("EX-2026-0001", id)))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    Matcher m = RECEIPT.matcher(response.body());
                    assertThat(m.find()).as(response.body()).isTrue();
                    synchronized (receiptsById) {
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                        receiptsById.computeIfAbsent(id, k -> new ArrayList<>()).add(m.group(1));
                    }
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Submissions(receiptsById, statuses);
    }

    private static String await(StringWriter out, StringWriter err, Pattern pattern) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Matcher m = pattern.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve printed no " + pattern + " within 60 s; printed: " + out + err);
    }
}
