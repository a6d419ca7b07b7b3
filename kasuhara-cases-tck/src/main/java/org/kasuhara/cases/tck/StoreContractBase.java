// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.tck;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kasuhara.calendar.BusinessDayCalendar;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoreOptions;

/**
 * What every part of the store contract shares: the test clock, the store under test and how it is opened and
 * reopened. Extend {@link CaseStoreContractTest}, which runs every part.
 */
public abstract class StoreContractBase {
    /** 2026-11-20 10:00 in Tokyo, a Friday before the Labour Thanksgiving Day on Monday 23rd. */
    protected static final Instant START = Instant.parse("2026-11-20T01:00:00Z");

    /** The test clock, starting at {@link #START}. */
    protected final MutableClock clock = new MutableClock(START);
    /** The store under test. */
    protected CaseStore store;

    /**
     * Opens the store under test on this test's storage; called again after {@link #reopen} closed it.
     *
     * @param options calendar and clock
     * @return an open store
     */
    protected abstract CaseStore openStore(StoreOptions options);

    /**
     * Closes the store and opens a new one on the same storage, as after a restart. A store that keeps nothing
     * across restarts (in memory) returns {@code current}.
     *
     * @param current the open store
     * @param options calendar and clock
     * @return the store to go on with
     */
    protected CaseStore reopen(CaseStore current, StoreOptions options) {
        current.close();
        return openStore(options);
    }

    /** @return the writer threads of the concurrency test */
    protected int writerThreads() {
        return 8;
    }

    /** @return intakes per writer thread in the concurrency test */
    protected int intakesPerThread() {
        return 200;
    }

    /** @return the options of this test: the Japanese calendar and the test clock */
    protected StoreOptions options() {
        return new StoreOptions(BusinessDayCalendar.japan(), clock);
    }

    @BeforeEach
    void openTheStore() {
        store = openStore(options());
    }

    @AfterEach
    void closeTheStore() {
        if (store != null) {
            store.close();
        }
    }

}
