// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.model.Case;
import org.kasuhara.model.Verdict;

/**
 * The embedded H2 file is compacted while the store runs. Without compaction a burst of intakes grew it by ~64 KB per
 * case (every commit is written at once, which turns H2's own background compaction off); compressed and compacted
 * after every hundred writes, the same burst takes about half, and space is reused once H2's retention time (45 s)
 * has passed (docs/storage.md has the long-run figures). Compaction runs beside the writes and loses none.
 */
class H2FileSizeTest {
    private static final int CASES = 1_000;

    @Test
    void aBurstOfIntakesLeavesAFileOfAFewKilobytesPerCaseOnceCompacted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("kasuhara.mv.db");
        long burst;
        long compacted;
        try (JdbcCaseStore store = JdbcCaseStore.h2(dir)) {
            for (int i = 0; i < CASES; i++) {
                Case c = StoreFixtures.complaint("C-" + i, "acme", "2026-11-20T14:03:00+09:00");
                String receipt = store.intake(c).number();
                store.addAssessment(receipt, StoreFixtures.assessment(c, Verdict.LEGITIMATE_COMPLAINT, false,
                        "sha256:v1"));
            }
            burst = Files.size(file) / CASES;
            store.compact();
            compacted = Files.size(file) / CASES;
            assertThat(store.find("KH-00000001")).isPresent();
            assertThat(store.find(String.format("KH-%08d", CASES))).isPresent();
        }
        System.out.printf("H2 bytes per case: %,d after the burst, %,d compacted, %,d closed%n", burst, compacted,
                Files.size(file) / CASES);
        assertThat(compacted).as("bytes per case in a burst, compacted while open").isLessThan(40_000);
        try (JdbcCaseStore reopened = JdbcCaseStore.h2(dir)) {
            assertThat(reopened.find(String.format("KH-%08d", CASES))).isPresent();
        }
    }
}
