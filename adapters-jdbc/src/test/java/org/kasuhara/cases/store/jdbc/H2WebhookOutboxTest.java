// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.cases.tck.StoreFixtures;
import org.kasuhara.cases.tck.webhooks.WebhookOutboxContractTest;
import org.kasuhara.cases.webhooks.spi.WebhookOutbox;
import org.kasuhara.model.Verdict;

/** The delivery log in the embedded H2 database passes the contract, across restarts of the store. */
class H2WebhookOutboxTest extends WebhookOutboxContractTest {
    @TempDir
    Path data;

    @Override
    protected CaseStore openStore(StoreOptions options) {
        return JdbcCaseStore.h2(data, options);
    }

    @Override
    protected WebhookOutbox openOutbox(CaseStore store) {
        return JdbcWebhookOutbox.of((JdbcCaseStore) store);
    }

    @Test
    void thePositionMovesOnlyPastSettledEntriesAndNeverPastAnUnloggedOne() {
        var c = StoreFixtures.complaint("WH-J-1", "acme-foods", "2026-11-20T09:30:00+09:00");
        String receipt = store.intake(c).number();
        store.addAssessment(receipt, StoreFixtures.assessment(c, Verdict.LEGITIMATE_COMPLAINT, false, "v1"));
        clock.advance(JdbcWebhookOutbox.SETTLE.plus(Duration.ofMinutes(1)));

        // settled but not logged yet: found again and again until an event for it is logged
        assertThat(outbox.unloggedChanges(10)).hasSize(1);
        assertThat(outbox.unloggedChanges(10)).hasSize(1);
        store.markReported(receipt, StoreFixtures.STAFF);
        assertThat(outbox.unloggedChanges(10)).hasSize(2);
    }
}
