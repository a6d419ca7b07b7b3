// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import java.io.Closeable;
import java.io.IOException;
import org.kasuhara.calls.batch.CallRecord;

/** Records read one at a time; a malformed record is reported to the sink and skipped. */
interface RecordSource extends Closeable {
    /** Receives malformed records: line and what is wrong (never the record's content). */
    @FunctionalInterface
    interface Malformed {
        void report(long line, String problem);
    }

    /** @return the next record, or {@code null} at the end */
    CallRecord next() throws IOException;

    /** @return bytes read so far */
    long bytesRead();
}
