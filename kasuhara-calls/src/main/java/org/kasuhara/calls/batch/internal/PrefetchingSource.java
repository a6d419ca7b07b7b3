// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.kasuhara.calls.batch.CallRecord;

/**
 * Reads and parses records on a thread of its own, a batch ahead of the analysis, so that parsing and the window
 * analysis use two cores. Records and malformed-record reports keep their order; a reader failure is thrown by
 * {@link #next()} where it happened in the stream. {@link #close()} stops the reader and waits for it, so nothing
 * reports into a sink after the source is closed.
 */
final class PrefetchingSource implements RecordSource {
    private static final int BATCH = 4096;

    private record Batch(CallRecord[] records, int size, long bytes, boolean last, Exception failure) {
    }

    private final RecordSource source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
    private final Thread reader;
    private volatile boolean closed;
    private Batch current;
    private int index;

    PrefetchingSource(RecordSource source) {
        this.source = source;
        this.reader = new Thread(this::read, "kasuhara-call-records");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        while (!closed) {
            CallRecord[] records = new CallRecord[BATCH];
            int n = 0;
            CallRecord r = null;
            Exception failure = null;
            try {
                while (n < BATCH && (r = source.next()) != null) {
                    records[n++] = r;
                }
            } catch (IOException | RuntimeException e) {
                failure = e;   // handed over after the records read before it
            }
            boolean last = failure != null || r == null;
            if (!put(new Batch(records, n, source.bytesRead(), last, failure)) || last) {
                return;
            }
        }
    }

    /** @return false when closed before the batch could be handed over */
    private boolean put(Batch batch) {
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public CallRecord next() throws IOException {
        while (current == null || index == current.size) {
            if (current != null && current.last) {
                if (current.failure instanceof IOException io) {
                    throw io;
                }
                if (current.failure instanceof RuntimeException runtime) {
                    throw runtime;
                }
                return null;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for call records");
            }
            index = 0;
        }
        return current.records[index++];
    }

    @Override
    public long bytesRead() {
        return current == null ? 0 : current.bytes;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping the call-record reader");
        } finally {
            source.close();
        }
    }
}
