// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.tck.CaseStoreContractTest;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.cases.store.StoreOptions;

/** The JDBC store on the embedded H2 file database (the zero-setup default) passes the contract. */
class H2CaseStoreTest extends CaseStoreContractTest {
    @TempDir
    Path data;

    @Override
    protected CaseStore openStore(StoreOptions options) {
        return JdbcCaseStore.h2(data, options);
    }

    @Test
    void theDatabaseIsOneFileInTheDataFolderAndSettingsCanNameTheFolder() {
        store.intake(StoreFixtures.complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00"));
        store.close();

        assertThat(data.resolve("kasuhara.mv.db")).isRegularFile();
        try (CaseStore again = JdbcCaseStore.open(JdbcStoreConfig.of(Map.of(JdbcStoreConfig.DATA_DIRECTORY,
                data.toString())), options())) {
            assertThat(again.findByCaseId("acme-foods", "C-1")).isPresent();
        }
        assertThat(JdbcStoreConfig.of(Map.of()).dataDirectory()).isEqualTo(Path.of("data"));
        assertThat(Files.exists(data.resolve("kasuhara.trace.db"))).isFalse();
    }
}
