// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Callers by the second their state next has work, in a store ordered by key: {@code <due second, 16 hex
 * digits><caller pseudonym, 16 hex digits>}, so that the callers due by a time are one range scan.
 */
final class TimerIndex {
    private static final String NONE = "";
    private final KeyValueStore<String, Long> store;

    TimerIndex(KeyValueStore<String, Long> store) {
        this.store = store;
    }

    /** Moves a caller from one due second to another ({@code Long.MAX_VALUE}: none). */
    void move(long caller, long fromDue, long toDue) {
        if (fromDue == toDue) {
            return;
        }
        if (fromDue != Long.MAX_VALUE) {
            store.delete(key(fromDue, caller));
        }
        if (toDue != Long.MAX_VALUE) {
            store.put(key(toDue, caller), caller);
        }
    }

    /** @return the callers due at or before the second, earliest first, at most {@code limit} */
    List<Long> dueBy(long second, int limit) {
        List<Long> due = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = store.range(NONE, String.format("%016x~", Math.max(0, second)))) {
            while (it.hasNext() && due.size() < limit) {
                KeyValue<String, Long> entry = it.next();
                due.add(entry.value);
            }
        }
        return due;
    }

    private static String key(long due, long caller) {
        return String.format("%016x%016x", Math.max(0, due), caller);
    }
}
