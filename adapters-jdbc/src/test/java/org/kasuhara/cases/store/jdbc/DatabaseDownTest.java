// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.CaseStoreException;
import org.kasuhara.cases.store.Receipt;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.cases.store.StoreOptions;

/** A database server that goes down makes intake fail loudly: nothing is "accepted" and then lost. */
class DatabaseDownTest {
    @TempDir
    Path base;

    @Test
    void intakeFailsLoudlyWhileTheServerIsDownAndNothingIsStored() throws Exception {
        int port = freePort();
        Server server = start(port);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:tcp://localhost:" + port + "/kasuhara");
        dataSource.setUser("sa");
        try (CaseStore store = JdbcCaseStore.create(dataSource, StoreOptions.defaults())) {
            Receipt before = store.intake(StoreFixtures.complaint("C-1", "acme-foods", "2026-11-20T10:03:00+09:00"));

            server.stop();
            assertThatThrownBy(() -> store.intake(StoreFixtures.complaint("C-2", "acme-foods",
                    "2026-11-20T10:05:00+09:00")))
                    .isInstanceOf(CaseStoreException.class)
                    .hasMessageContaining("cannot store a case").hasMessageNotContaining("C-2")
                    .hasRootCauseInstanceOf(java.net.ConnectException.class);

            server = start(port);
            assertThat(store.findByCaseId("acme-foods", "C-2")).isEmpty();
            assertThat(store.find(before.number())).isPresent();
            Receipt after = store.intake(StoreFixtures.complaint("C-2", "acme-foods", "2026-11-20T10:05:00+09:00"));
            assertThat(after.resubmission()).isFalse();
        } finally {
            server.stop();
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedAtAllCannotBeOpened() throws IOException {
        JdbcDataSource nowhere = new JdbcDataSource();
        nowhere.setURL("jdbc:h2:tcp://localhost:" + freePort() + "/kasuhara");

        assertThatThrownBy(() -> JdbcCaseStore.create(nowhere, StoreOptions.defaults()))
                .isInstanceOf(CaseStoreException.class).hasMessageContaining("cannot open or migrate");
    }

    private Server start(int port) throws SQLException {
        return Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", base.toString(), "-ifNotExists")
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
