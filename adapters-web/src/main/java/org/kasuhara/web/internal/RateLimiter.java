// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code perMinute}. Buckets of clients
 * that have been quiet long enough to be full again are dropped, so memory stays bounded by recent clients.
 */
final class RateLimiter {
    private static final int SWEEP_AT = 10_000;

    private final double perNano;
    private final int burst;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, int burst, LongSupplier nanos) {
        this.perNano = perMinute / 60e9;
        this.burst = burst;
        this.nanos = nanos;
    }

    /**
     * Takes one request from the client's bucket.
     *
     * @return 0 when allowed, otherwise the seconds to wait (for {@code Retry-After})
     */
    long acquire(String client) {
        if (buckets.size() > SWEEP_AT) {
            sweep();
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, nanos.getAsLong()));
        synchronized (bucket) {
            long now = nanos.getAsLong();
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perNano);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
        }
    }

    private void sweep() {
        long now = nanos.getAsLong();
        buckets.values().removeIf(b -> b.tokens + (now - b.at) * perNano >= burst);
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
