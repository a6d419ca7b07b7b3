// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.internal;

import java.time.Instant;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/** A running (or just ended) call: what its alerts need, and which alerts it already raised. Not thread-safe. */
final class OpenCall {
    final String callId;
    final long callerKey;
    final String matter;
    final String organization;
    final Instant start;
    final boolean offHours;
    Instant end;
    boolean warned;
    /** Dropped as open too long without an ended event. */
    boolean stale;
    /** Once ended: the monitor second until which late events for it are still recognised. */
    long heldUntil;
    /** While running, for {@link CallerState}: the second of its next minute evaluation. */
    long dueSecond;
    final Set<String> alerted = new HashSet<>(4);
    final BitSet chunks = new BitSet();

    OpenCall(String callId, long callerKey, String matter, String organization, Instant start, boolean offHours) {
        this.callId = callId;
        this.callerKey = callerKey;
        this.matter = matter;
        this.organization = organization;
        this.start = start;
        this.offHours = offHours;
    }

    long minutesAt(Instant time) {
        return Math.max(0, (time.getEpochSecond() - start.getEpochSecond()) / 60);
    }

    static int hash(String value) {
        return value == null ? 0 : value.hashCode() * 0x9E3779B9 + 1;
    }
}
