// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A zone's UTC offsets for records in time order. An offset is looked up again only when a time leaves the span
 * between two transitions in which it holds (for Asia/Tokyo, since 1951: never); java.time's lookup is a binary
 * search, once per record before. Not thread-safe: one per reader or aggregator.
 */
final class ZoneOffsets {
    private final ZoneRules rules;
    private long instantFrom = Long.MAX_VALUE;
    private long instantUntil = Long.MIN_VALUE;
    private int instantOffset;
    private long localFrom = Long.MAX_VALUE;
    private long localUntil = Long.MIN_VALUE;
    private int localOffset;

    ZoneOffsets(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** @return the offset in seconds at an instant (epoch seconds) */
    int atInstant(long second) {
        if (second < instantFrom || second >= instantUntil) {
            Instant at = Instant.ofEpochSecond(second);
            instantOffset = rules.getOffset(at).getTotalSeconds();
            ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
            ZoneOffsetTransition next = rules.nextTransition(at);
            instantFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
            instantUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        }
        return instantOffset;
    }

    /**
     * The offset at a local time, as java.time resolves it (in a gap or an overlap too; those are never cached).
     *
     * @param local the local time as seconds since 1970-01-01T00:00 (no zone)
     * @return the offset in seconds
     */
    int atLocal(long local, int year, int month, int day, int hour, int minute, int second) {
        if (local >= localFrom && local < localUntil) {
            return localOffset;
        }
        localOffset = rules.getOffset(LocalDateTime.of(year, month, day, hour, minute, second)).getTotalSeconds();
        Instant at = Instant.ofEpochSecond(local - localOffset);
        ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        localFrom = previous == null ? Long.MIN_VALUE : Math.max(localSecond(previous.getDateTimeBefore()),
                localSecond(previous.getDateTimeAfter()));
        localUntil = next == null ? Long.MAX_VALUE : Math.min(localSecond(next.getDateTimeBefore()),
                localSecond(next.getDateTimeAfter()));
        if (local < localFrom || local >= localUntil) {
            localFrom = Long.MAX_VALUE;
            localUntil = Long.MIN_VALUE;
        }
        return localOffset;
    }

    private static long localSecond(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }
}
