// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;

class CaseStoreMetersTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static Case call(String id) {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:00:00+09:00");
        return Case.builder(id, start, Channel.PHONE)
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(75), "op-1", null, null)).build();
    }

    private static SimpleMeterRegistry metersOn(CaseStore store, LocalDate day) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        KasuharaMeters.caseStore(store, Clock.fixed(day.atStartOfDay(TOKYO).plusHours(12).toInstant(), TOKYO))
                .bindTo(meters);
        return meters;
    }

    @Test
    void intakesAndReportsDueOrOverdueAreReadFromTheStore(@TempDir Path rules) {
        CaseStore store = CaseStore.inMemory();
        TriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(rules))).build();
        CaseIntake intake = new CaseIntake(store, engine);
        LocalDate due = intake.receive(call("C-1"), null).assessment().orElseThrow().assessment().reportDueBy();
        intake.receive(call("C-2"), null);
        intake.receive(call("C-2"), null);

        SimpleMeterRegistry onTheDay = metersOn(store, due);
        assertThat(onTheDay.get(KasuharaMeters.INTAKES).functionCounter().count()).isEqualTo(2.0);
        assertThat(onTheDay.get(KasuharaMeters.DUE_TODAY).gauge().value()).isEqualTo(2.0);
        assertThat(onTheDay.get(KasuharaMeters.OVERDUE).gauge().value()).isZero();

        SimpleMeterRegistry dayAfter = metersOn(store, due.plusDays(1));
        assertThat(dayAfter.get(KasuharaMeters.DUE_TODAY).gauge().value()).isZero();
        assertThat(dayAfter.get(KasuharaMeters.OVERDUE).gauge().value()).isEqualTo(2.0);
    }
}
