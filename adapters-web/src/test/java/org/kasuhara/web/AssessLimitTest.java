// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;

/** {@code maxConcurrentAssessments}: stateless assessments beyond the bound wait their turn; nothing else waits. */
class AssessLimitTest {
    /** The real engine, counting the assessments in progress and able to hold them until released. */
    private static final class Counting implements TriageEngine {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final AtomicInteger entered = new AtomicInteger();
        volatile CountDownLatch hold = new CountDownLatch(0);

        @Override
        public Assessment assess(Case complaint) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            entered.incrementAndGet();
            try {
                hold.await(30, TimeUnit.SECONDS);
                return TestServer.engine().assess(complaint);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        public RuleSet ruleSet() {
            return TestServer.engine().ruleSet();
        }
    }

    @Test
    void assessmentsBeyondTheBoundWaitAndAllAreServed() throws Exception {
        Counting engine = new Counting();
        engine.hold = new CountDownLatch(1);
        try (TestServer server = new TestServer(Map.of("kasuhara.web.maxConcurrentAssessments", "2"), engine)) {
            Http http = server.http();
            List<CompletableFuture<Integer>> sent = new ArrayList<>();
            ExecutorService clients = Executors.newFixedThreadPool(12); // all twelve sent at once, whatever the cores
            for (int i = 0; i < 12; i++) { // within maxConnectionsPerClient (16): one connection each
                String json = Samples.caseJson("L-" + i, "acme-foods", "ケーキの名前が違いました。返金をお願いします。");
                sent.add(CompletableFuture.supplyAsync(
                        () -> http.postJson("/api/v1/assess", TestServer.ACME_KEY, json).statusCode(), clients));
            }
            waitUntil(() -> engine.entered.get() == 2);
            Thread.sleep(300);
            assertThat(engine.entered.get()).as("the other ten wait").isEqualTo(2);
            engine.hold.countDown();
            for (CompletableFuture<Integer> status : sent) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
            assertThat(engine.entered.get()).isEqualTo(12);
            clients.shutdown();
            assertThat(engine.most.get()).isEqualTo(2);
        }
    }

    @Test
    void aHeldAssessmentMakesTheNextOneWaitButNotTheProbes() throws Exception {
        Counting engine = new Counting();
        engine.hold = new CountDownLatch(1);
        try (TestServer server = new TestServer(Map.of("kasuhara.web.maxConcurrentAssessments", "1"), engine)) {
            Http http = server.http();
            String json = Samples.caseJson("H-1", "acme-foods", "配送が遅れました。");
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                    () -> http.postJson("/api/v1/assess", TestServer.ACME_KEY, json));
            waitUntil(() -> engine.entered.get() == 1);
            CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(
                    () -> http.postJson("/api/v1/assess", TestServer.ACME_KEY, json.replace("H-1", "H-2")));
            Thread.sleep(300);
            assertThat(second).isNotDone();
            assertThat(engine.entered.get()).isEqualTo(1);
            assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
            engine.hold.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(second.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(engine.most.get()).isEqualTo(1);
        }
    }

    @Test
    void beyondThirtyTwoWaitingPerPermitTheNextIsToldToRetry() throws Exception {
        Counting engine = new Counting();
        engine.hold = new CountDownLatch(1);
        try (TestServer server = new TestServer(Map.of("kasuhara.web.maxConcurrentAssessments", "1",
                "kasuhara.web.maxConnectionsPerClient", "100"), engine)) {
            Http http = server.http();
            ExecutorService clients = Executors.newFixedThreadPool(34);
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 34; i++) {
                String json = Samples.caseJson("W-" + i, "acme-foods", "配送が遅れました。");
                sent.add(CompletableFuture.supplyAsync(
                        () -> http.postJson("/api/v1/assess", TestServer.ACME_KEY, json), clients));
            }
            waitUntil(() -> sent.stream().anyMatch(CompletableFuture::isDone));
            HttpResponse<String> refused = sent.stream().filter(CompletableFuture::isDone).findFirst().orElseThrow()
                    .get();
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(refused.body()).contains("\"code\":\"saturated\"");
            engine.hold.countDown();
            long served = 0;
            for (CompletableFuture<HttpResponse<String>> response : sent) {
                int status = response.get(60, TimeUnit.SECONDS).statusCode();
                assertThat(status).isIn(200, 503);
                served += status == 200 ? 1 : 0;
            }
            assertThat(served).isEqualTo(33); // the one running and the 32 that waited
            clients.shutdown();
        }
    }

    @Test
    void aBoundBelowOneIsRefusedWithItsName() {
        assertThatThrownBy(() -> WebSettings.of(Map.of("kasuhara.web.maxConcurrentAssessments", "0"))
                .maxConcurrentAssessments()).hasMessageContaining("maxConcurrentAssessments");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 30 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
