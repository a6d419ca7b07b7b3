// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the wait after the n-th failed attempt is {@code initial · 2^(n-1)}, capped at
 * {@code max}, then drawn at random from its upper half, so that receivers coming back are not hit by every retry at
 * once.
 */
public final class Backoff {
    private Backoff() {
    }

    /**
     * @param failedAttempts attempts failed so far (1 after the first)
     * @param initial        the first wait
     * @param max            the longest wait
     * @return the wait before the next attempt
     */
    public static Duration after(int failedAttempts, Duration initial, Duration max) {
        // at most 2^20 times the first wait: beyond, every realistic cap is reached and the shift cannot overflow
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        long millis = Math.min(max.toMillis(), initial.toMillis() << doublings);
        long half = Math.max(millis / 2, 1);
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
