// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Verdict;

class KasuharaMetersTest {
    @TempDir
    Path rules;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<Observation.Context> observed = new CopyOnWriteArrayList<>();

    private ObservationRegistry observations() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
                observed.add(context);
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        return registry;
    }

    private Path ruleFolder(int confinementMinutes) throws IOException {
        TestRuleSets.basic(rules);
        Files.writeString(rules.resolve("policy.yaml"),
                "defaults:\n  confinementMinutes: " + confinementMinutes + "\n");
        return rules;
    }

    private static Case callOf(int minutes) {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:00:00+09:00");
        return Case.builder("C-" + minutes, start, Channel.PHONE)
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(minutes), "op-1", null, null)).build();
    }

    @Test
    void eachAssessmentIsCountedByVerdictTimedAndObserved() throws IOException {
        TriageEngine engine = KasuharaMeters.instrument(
                TriageEngine.builder().rules(RuleSource.directory(ruleFolder(60))).build(), meters, observations());

        assertThat(engine.assess(callOf(75)).verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
        engine.assess(callOf(80));
        engine.assess(callOf(5));

        assertThat(meters.get(KasuharaMeters.ASSESSMENTS).tag("verdict", "CUSTOMER_HARASSMENT").counter().count())
                .isEqualTo(2.0);
        assertThat(meters.get(KasuharaMeters.ASSESSMENTS).tag("verdict", "LEGITIMATE_COMPLAINT").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get(KasuharaMeters.ASSESSMENT_DURATION).timers().stream().mapToLong(t -> t.count()).sum())
                .isEqualTo(3L);
        assertThat(observed).hasSize(3).allSatisfy(context -> {
            assertThat(context.getName()).isEqualTo(KasuharaMeters.ASSESS_OBSERVATION);
            assertThat(context.getLowCardinalityKeyValue("kasuhara.verdict")).isNotNull();
        });
        assertThat(observed.get(0).getLowCardinalityKeyValue("kasuhara.verdict").getValue())
                .isEqualTo("CUSTOMER_HARASSMENT");
    }

    @Test
    void aWatchingEngineStaysOneAndItsReloadsAreCountedByOutcome() throws IOException {
        ReloadingTriageEngine watching = TriageEngine.builder().rules(RuleSource.directory(ruleFolder(60)))
                .reloadQuietPeriod(Duration.ofHours(1)).buildWatching();
        try (ReloadingTriageEngine engine = (ReloadingTriageEngine) KasuharaMeters.instrument(watching, meters,
                ObservationRegistry.NOOP)) {
            Files.writeString(rules.resolve("policy.yaml"), "defaults:\n  confinementMinutes: 90\n");
            assertThat(engine.reload()).isInstanceOf(ReloadEvent.Reloaded.class);
            assertThat(engine.assess(callOf(75)).verdict()).isEqualTo(Verdict.LEGITIMATE_COMPLAINT);
            Files.writeString(rules.resolve("verdict/broken.drl"),
                    "package verdict;\nrule \"Broken\" when then x; end\n");
            assertThat(engine.reload()).isInstanceOf(ReloadEvent.Rejected.class);

            assertThat(meters.get(KasuharaMeters.RULE_RELOADS).tag("outcome", "reloaded").counter().count())
                    .isEqualTo(1.0);
            assertThat(meters.get(KasuharaMeters.RULE_RELOADS).tag("outcome", "rejected").counter().count())
                    .isEqualTo(1.0);
            assertThat(engine.isWatching()).isTrue();
        }
        assertThat(watching.isWatching()).isFalse();
    }
}
