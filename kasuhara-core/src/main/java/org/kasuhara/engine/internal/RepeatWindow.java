// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.kasuhara.model.Contact;

/** Counts contacts on one matter within a sliding window of days. */
final class RepeatWindow {
    private RepeatWindow() {
    }

    /**
     * The largest number of contacts whose start falls within any window of {@code days}. Contacts without a
     * start time cannot be placed in a window; when no contact has one, all of them count.
     */
    static int maxInWindow(List<Contact> contacts, int days) {
        List<OffsetDateTime> starts = contacts.stream().map(Contact::start).filter(s -> s != null).sorted().toList();
        if (starts.isEmpty()) {
            return contacts.size();
        }
        Duration window = Duration.ofDays(days);
        int best = 0;
        int first = 0;
        for (int last = 0; last < starts.size(); last++) {
            while (Duration.between(starts.get(first), starts.get(last)).compareTo(window) >= 0) {
                first++;
            }
            best = Math.max(best, last - first + 1);
        }
        return best;
    }
}
