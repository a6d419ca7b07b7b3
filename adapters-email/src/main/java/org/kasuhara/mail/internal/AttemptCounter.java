// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Failed attempts per message (UIDVALIDITY:UID), while the watcher runs; a restart gives every message new tries. */
public final class AttemptCounter {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    /** @param key the message @return the attempts so far, this one included */
    public int increment(String key) {
        return counts.merge(key, 1, Integer::sum);
    }

    /** @param key a message that left the inbox */
    public void forget(String key) {
        counts.remove(key);
    }
}
