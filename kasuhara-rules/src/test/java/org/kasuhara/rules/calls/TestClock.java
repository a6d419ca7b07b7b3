// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules.calls;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the tests set by hand, with times written as Japan local times. */
final class TestClock extends Clock {
    private volatile Instant now;

    TestClock(String start) {
        now = at(start);
    }

    /** @param local e.g. {@code 2026-11-20T14:00} (Asia/Tokyo) */
    static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+09:00").toInstant();
    }

    Instant set(String local) {
        now = at(local);
        return now;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("not needed");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
