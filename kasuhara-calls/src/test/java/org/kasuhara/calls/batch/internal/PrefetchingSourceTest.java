// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.kasuhara.calls.batch.CallRecord;

class PrefetchingSourceTest {

    /** Counts up to {@code records}, then fails or ends; counts how many it made and whether it was closed. */
    private static final class Counting implements RecordSource {
        final long records;
        final boolean fail;
        final AtomicLong made = new AtomicLong();
        final AtomicBoolean closed = new AtomicBoolean();

        Counting(long records, boolean fail) {
            this.records = records;
            this.fail = fail;
        }

        @Override
        public CallRecord next() throws IOException {
            long n = made.get();
            if (n == records) {
                if (fail) {
                    throw new IOException("disk gone at record " + n);
                }
                return null;
            }
            made.incrementAndGet();
            return new CallRecord(n + 2, "c" + n, null, null, n, 60);
        }

        @Override
        public long bytesRead() {
            return made.get() * 10;
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void recordsComeInOrderAcrossBatchesAndThenTheEnd() throws IOException {
        Counting source = new Counting(10_000, false);
        List<Long> lines = new ArrayList<>();
        try (PrefetchingSource prefetched = new PrefetchingSource(source)) {
            CallRecord r;
            while ((r = prefetched.next()) != null) {
                lines.add(r.line());
            }
            assertThat(prefetched.next()).isNull();
            assertThat(prefetched.bytesRead()).isEqualTo(100_000);
        }
        assertThat(lines).hasSize(10_000);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).isEqualTo(i + 2L);
        }
        assertThat(source.closed).isTrue();
    }

    @Test
    void aReaderFailureIsThrownAfterTheRecordsBeforeIt() throws IOException {
        Counting source = new Counting(5_000, true);
        long seen = 0;
        try (PrefetchingSource prefetched = new PrefetchingSource(source)) {
            try {
                while (prefetched.next() != null) {
                    seen++;
                }
            } catch (IOException e) {
                assertThat(e).hasMessage("disk gone at record 5000");
            }
            assertThat(seen).isEqualTo(5_000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void closingMidStreamStopsTheReaderBeforeItReturns() throws IOException {
        Counting source = new Counting(Long.MAX_VALUE, false);
        PrefetchingSource prefetched = new PrefetchingSource(source);
        assertThat(prefetched.next().line()).isEqualTo(2);
        prefetched.close();
        long madeAtClose = source.made.get();
        assertThat(source.closed).isTrue();
        assertThat(madeAtClose).isLessThan(Long.MAX_VALUE);
        sleep(100);
        assertThat(source.made.get()).as("the reader thread has stopped").isEqualTo(madeAtClose);
    }
}
