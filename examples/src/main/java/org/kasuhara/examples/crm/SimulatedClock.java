// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.crm;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Simulated time: only {@link #set(Instant)} moves it. Thread-safe. */
public final class SimulatedClock extends Clock {
    private volatile Instant now;

    /** @param start the first instant */
    public SimulatedClock(Instant start) {
        now = start;
    }

    /** @param to the new instant */
    public void set(Instant to) {
        now = to;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("simulated time has no zone of its own");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
