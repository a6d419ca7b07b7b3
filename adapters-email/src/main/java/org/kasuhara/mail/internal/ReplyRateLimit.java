// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last loop breaker: at most so many automatic replies to one address per day, for auto-responders that do not
 * mark their replies (RFC 3834). Keys are hashes, so no address is kept in memory as text.
 */
public final class ReplyRateLimit {
    private static final Duration WINDOW = Duration.ofDays(1);
    private final int perDay;
    private final Clock clock;
    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    /** @param perDay replies allowed per address in 24 hours @param clock the time */
    public ReplyRateLimit(int perDay, Clock clock) {
        this.perDay = perDay;
        this.clock = clock;
    }

    /**
     * Counts a reply to an address if one is still allowed.
     *
     * @param address the recipient
     * @return whether the reply may be sent
     */
    public boolean tryAcquire(String address) {
        String key = Sha256.hex(address.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Instant now = clock.instant();
        Deque<Instant> times = sent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perDay) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
