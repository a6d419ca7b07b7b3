// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.kasuhara.model.Case;

/**
 * PostgreSQL advisory locks on the keys (organisation, case id) of cases being taken in, held until the transaction
 * ends: intakes of one case are serialised across every store instance on the database, so that the second sees the
 * first's row instead of losing the insert race (a lost insert would draw an identity value and skip a receipt
 * number). A batch takes its locks in one statement in ascending order, so two batches never wait for each other in
 * a cycle.
 */
public final class CaseKeyLocks {
    private CaseKeyLocks() {
    }

    /**
     * @param c     the transaction's connection (PostgreSQL)
     * @param cases the cases of the transaction, in any order, repeats allowed
     * @throws SQLException when the database fails
     */
    public static void lock(Connection c, List<Case> cases) throws SQLException {
        Long[] keys = cases.stream().map(CaseKeyLocks::of).distinct().sorted().toArray(Long[]::new);
        if (keys.length == 1) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, keys[0]);
                lock.executeQuery().close();
            }
            return;
        }
        Array array = c.createArrayOf("bigint", keys);
        // unnest yields the array's elements in order, and each lock is taken as its row is produced
        try (PreparedStatement lock = c.prepareStatement(
                "SELECT count(pg_advisory_xact_lock(k)) FROM unnest(?) AS k")) {
            lock.setArray(1, array);
            lock.executeQuery().close();
        } finally {
            array.free();
        }
    }

    /** @param received a case @return its lock: FNV-1a of its key (a collision only makes two cases wait) */
    static long of(Case received) {
        String key = BatchIntake.orgKey(received.organization()) + '\0' + received.id();
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }
}
