// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class TimeParserTest {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void localTimesWithoutOffsetFollowTheZoneAcrossDaylightSavingTransitions() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        TimeParser parser = new TimeParser("iso", berlin);
        // every 20 minutes over a year: crosses both transitions, the spring gap and the autumn overlap
        for (LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0); t.getYear() == 2026; t = t.plusMinutes(20)) {
            assertThat(parser.parse(LOCAL.format(t))).as(t.toString()).isEqualTo(t.atZone(berlin).toEpochSecond());
        }
        assertThat(parser.parse("2026-03-29 02:30:00")).isEqualTo(LocalDateTime.of(2026, 3, 29, 2, 30)
                .atZone(berlin).toEpochSecond());   // in the gap: as java.time resolves it
        assertThat(parser.parse("2026-01-15 12:00:00")).isEqualTo(LocalDateTime.of(2026, 1, 15, 12, 0)
                .atZone(berlin).toEpochSecond());   // back before the transitions after the cache moved on
    }

    @Test
    void tokyoTimesAndExplicitOffsetsAgreeWithJavaTime() {
        TimeParser parser = new TimeParser("iso", ZoneId.of("Asia/Tokyo"));
        assertThat(parser.parse("2026-11-20 14:03:00")).isEqualTo(1_795_150_980L);
        assertThat(parser.parse("2026-11-20T14:03:00+09:00")).isEqualTo(1_795_150_980L);
        assertThat(parser.parse("2026-11-20T05:03:00Z")).isEqualTo(1_795_150_980L);
        assertThat(parser.parse("2026-11-20T14:03:00.250+09:00")).isEqualTo(1_795_150_980L);
        assertThat(parser.parse("2026-11-20T05:03:00.000+0000")).isEqualTo(1_795_150_980L);   // Salesforce REST
        assertThat(parser.parse("2026-11-20T14:03:00+0900")).isEqualTo(1_795_150_980L);
    }

    @Test
    void rfc1123TimesAsTwilioWritesThemCarryTheirOffset() {
        TimeParser parser = new TimeParser("rfc1123", ZoneId.of("Asia/Tokyo"));
        assertThat(parser.parse("Fri, 20 Nov 2026 05:03:00 +0000")).isEqualTo(1_795_150_980L);
        assertThat(parser.parse("Fri, 20 Nov 2026 14:03:00 +0900")).isEqualTo(1_795_150_980L);
        assertThat(parser.parse("Fri, 20 Nov 2026 05:03:00 GMT")).isEqualTo(1_795_150_980L);
        assertThatThrownBy(() -> parser.parse("2026-11-20T05:03:00Z")).hasMessageContaining("not RFC 1123");
    }

    @Test
    void badTimesSayWhatIsWrong() {
        TimeParser parser = new TimeParser("iso", ZoneId.of("Asia/Tokyo"));
        assertThatThrownBy(() -> parser.parse("2026-13-20 14:03:00")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> parser.parse("yesterday")).hasMessageContaining("not ISO-8601");
        assertThatThrownBy(() -> parser.parse("2026-11-2x 14:03:00")).hasMessageContaining("non-digit at 10");
    }
}
