// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.tck.StoreFixtures;

/**
 * {@code kill -9} of a process writing to the embedded H2 store from four threads while the file is compacted beside
 * the writes: every receipt the process printed (printed only after its intake returned) is in the reopened store.
 */
class H2KillTest {
    @Test
    void everyAcknowledgedCaseSurvivesAKillDuringWritesAndCompaction(@TempDir Path dir) throws Exception {
        for (int round = 0; round < 2; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Writer.class.getName(), dir.toString(),
                    "R" + round).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Map<String, String> acknowledged = new LinkedHashMap<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                // enough writes for several compactions (one every hundred commits), then the kill
                while (acknowledged.size() < 600 && (line = out.readLine()) != null) {
                    String[] parts = line.split(" ");
                    acknowledged.put(parts[0], parts[1]);
                }
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(acknowledged).as("the writer ran").hasSizeGreaterThanOrEqualTo(600);
            try (JdbcCaseStore store = JdbcCaseStore.h2(dir)) {
                for (Map.Entry<String, String> receipt : acknowledged.entrySet()) {
                    assertThat(store.find(receipt.getKey())).as(receipt.getKey())
                            .map(StoredCase::caseId).hasValue(receipt.getValue());
                }
            }
        }
    }

    /** The process that is killed: intakes cases from four threads, printing each receipt after it is issued. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            JdbcCaseStore store = JdbcCaseStore.h2(Path.of(args[0]));
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                int thread = t;
                threads[t] = new Thread(() -> {
                    for (int i = 0; ; i++) {
                        String id = args[1] + "-" + thread + "-" + i;
                        String receipt = store.intake(StoreFixtures.complaint(id, "acme", "2026-11-20T14:03:00+09:00"))
                                .number();
                        synchronized (System.out) {
                            System.out.println(receipt + " " + id);
                            System.out.flush();
                        }
                    }
                });
                threads[t].start();
            }
            threads[0].join();
        }
    }
}
