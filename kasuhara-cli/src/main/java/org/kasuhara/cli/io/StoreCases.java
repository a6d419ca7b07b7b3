// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.io;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import org.kasuhara.cases.store.spi.ReceiptNumbers;
import org.kasuhara.model.Case;

/** Every case of a store in receipt order, read a page at a time so that a store of any size fits in memory. */
public final class StoreCases {
    private static final int PAGE = 500;

    private StoreCases() {
    }

    /** Receives one stored case. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param receipt  its receipt number
         * @param sequence the receipt's sequence number
         * @param received the case as received (anonymous after the retention purge)
         */
        void accept(String receipt, long sequence, Case received);
    }

    /**
     * @param store a store
     * @param sink  receives every case, oldest receipt first
     */
    public static void forEach(CaseStore store, Consumer<StoredCase> sink) {
        CaseQuery.Cursor after = null;
        while (true) {
            List<StoredCase> page = store.list(CaseQuery.all().withOrder(CaseQuery.Order.RECEIPT, after)
                    .withLimit(PAGE));
            page.forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            after = CaseQuery.Cursor.after(page.get(page.size() - 1));
        }
    }

    /**
     * Opens the embedded store in a folder and passes every case to the sink.
     *
     * @param data the store's folder
     * @param sink receives every case, oldest receipt first
     */
    public static void forEach(Path data, Sink sink) {
        try (CaseStore store = JdbcCaseStore.h2(data)) {
            forEach(store, c -> sink.accept(c.receipt(), ReceiptNumbers.parse(c.receipt()).orElse(0),
                    c.caseData()));
        }
    }
}
