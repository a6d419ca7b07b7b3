// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.model.Verdict;

/**
 * A data folder written by the earlier release (H2 2.3.232, Flyway 11: `kasuhara cases intake` of
 * examples/cases/harassment-74-minute-call.json) opens in place with this build's H2 and Flyway, keeps its case and
 * takes new ones. Fails first when an H2 upgrade needs the export/import of docs/storage.md.
 */
class H2FileOfAnEarlierReleaseTest {
    @TempDir
    Path data;

    @Test
    void aStoreWrittenByH2Version2_3OpensReadsAndWrites() throws IOException {
        try (InputStream in = new GZIPInputStream(
                getClass().getResourceAsStream("/h2-2.3.232/kasuhara.mv.db.gz"))) {
            Files.copy(in, data.resolve("kasuhara.mv.db"));
        }

        try (CaseStore store = JdbcCaseStore.h2(data)) {
            StoredCase stored = store.find("KH-00000001").orElseThrow();
            assertThat(stored.caseId()).isEqualTo("EX-2026-0006");
            assertThat(stored.organization()).isEqualTo("acme-telecom");
            assertThat(stored.latestAssessment().orElseThrow().assessment().verdict())
                    .isEqualTo(Verdict.CUSTOMER_HARASSMENT);

            String next = store.intake(StoreFixtures.complaint("C-2", "acme-foods", "2026-11-20T10:03:00+09:00"))
                    .number();
            assertThat(next).isEqualTo("KH-00000002");
        }
        try (CaseStore reopened = JdbcCaseStore.h2(data)) {
            assertThat(reopened.find("KH-00000002")).isPresent();
        }
    }
}
