// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CallerTableTest {

    private static CallerWindow window(long h1) {
        return new CallerWindow(h1, ~h1, null, 86_400, 0);
    }

    @Test
    void agreesWithAMapThroughPutsAndRemovalsEvenWhenMostKeysCollide() {
        SplittableRandom random = new SplittableRandom(42);
        CallerTable table = new CallerTable();
        Map<Long, CallerWindow> expected = new HashMap<>();
        for (int step = 0; step < 30_000; step++) {
            // few distinct low bits: long probe runs that wrap around, and removals in their middle
            long h1 = (random.nextLong(2_000) << 32) | random.nextInt(4_096);
            if (expected.containsKey(h1) && random.nextBoolean()) {
                table.remove(h1, ~h1);
                expected.remove(h1);
            } else if (!expected.containsKey(h1)) {
                CallerWindow w = window(h1);
                table.put(h1, ~h1, w);
                expected.put(h1, w);
            }
            if (step % 5_000 == 0) {
                for (Map.Entry<Long, CallerWindow> e : expected.entrySet()) {
                    assertThat(table.get(e.getKey(), ~e.getKey())).isSameAs(e.getValue());
                }
            }
        }
        assertThat(table.size()).isEqualTo(expected.size());
        for (Map.Entry<Long, CallerWindow> e : expected.entrySet()) {
            assertThat(table.get(e.getKey(), ~e.getKey())).isSameAs(e.getValue());
            assertThat(table.get(e.getKey(), e.getKey())).as("both halves must match").isNull();
        }
    }

    @Test
    void callersWhoseNumbersDifferOnlySlightlyHashApart() {
        assertThat(CallerTable.hash1("+81-90-1234567")).isNotEqualTo(CallerTable.hash1("+81-90-1234576"));
        assertThat(CallerTable.hash2("+81-90-1234567")).isNotEqualTo(CallerTable.hash2("+81-90-1234576"));
        assertThat(CallerTable.hash1("ab")).isNotEqualTo(CallerTable.hash1("ba"));
        assertThat(CallerTable.hash2("")).isNotEqualTo(CallerTable.hash2("\u0000"));
    }
}
