// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.RuleSetRef;

/** The observations, on Micrometer's test registry: their names, key values, errors, and no personal data. */
class KasuharaObservationTest {
    @TempDir
    Path rules;
    private final TestObservationRegistry observations = TestObservationRegistry.create();

    private Path ruleFolder() throws IOException {
        TestRuleSets.basic(rules);
        confinementMinutes(60);
        return rules;
    }

    private void confinementMinutes(Object value) throws IOException {
        Files.writeString(rules.resolve("policy.yaml"), "defaults:\n  confinementMinutes: " + value + "\n");
    }

    private static Case callFromYamadaOf(int minutes) {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:00:00+09:00");
        return Case.builder("KH-SECRET-77", start, Channel.PHONE)
                .applicant(new Applicant(false, "山田太郎", "090-1234-5678", "taro@example.jp", "REF-4711", null, null))
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(minutes), "op-1", "お前の名前を言え", null))
                .build();
    }

    @Test
    void anAssessmentIsObservedWithVerdictChannelAndRuleSetOnly() throws IOException {
        TriageEngine engine = KasuharaMeters.instrument(TriageEngine.builder().rules(RuleSource.directory(ruleFolder()))
                .build(), new SimpleMeterRegistry(), observations);
        RuleSetRef ruleSet = engine.ruleSet().ref();

        engine.assess(callFromYamadaOf(75));

        assertThat(observations).doesNotHaveAnyRemainingCurrentObservation()
                .hasNumberOfObservationsWithNameEqualTo(KasuharaMeters.ASSESS_OBSERVATION, 1)
                .hasObservationWithNameEqualTo(KasuharaObservation.ASSESS.getName()).that()
                .hasContextualNameEqualTo("kasuhara assess")
                .hasBeenStarted().hasBeenStopped().doesNotHaveError()
                .hasLowCardinalityKeyValue("kasuhara.verdict", "CUSTOMER_HARASSMENT")
                .hasLowCardinalityKeyValue("kasuhara.channel", "PHONE")
                .hasLowCardinalityKeyValue("kasuhara.ruleset", ruleSet.name())
                .hasLowCardinalityKeyValue("kasuhara.ruleset.version", ruleSet.version())
                .doesNotHaveHighCardinalityKeyValueWithKey("kasuhara.case");
        assertThat(observations).hasSingleObservationThat().satisfies(context -> {
            assertThat(context).isInstanceOf(AssessmentContext.class);
            assertThat(context.getAllKeyValues()).hasSize(4).extracting(KeyValue::getValue).allSatisfy(value ->
                    assertThat(value).doesNotContain("SECRET", "山田", "090", "taro", "4711", "名前"));
        });
    }

    @Test
    void aFailedAssessmentIsObservedWithItsErrorAndNoVerdict() throws IOException {
        TriageEngine engine = KasuharaMeters.instrument(TriageEngine.builder().rules(RuleSource.directory(ruleFolder()))
                .build(), new SimpleMeterRegistry(), observations);

        assertThatThrownBy(() -> engine.assess(null)).isInstanceOf(RuntimeException.class);

        assertThat(observations).hasSingleObservationThat().hasNameEqualTo(KasuharaMeters.ASSESS_OBSERVATION)
                .hasBeenStopped().assertThatError().isNotNull();
        assertThat(observations).hasSingleObservationThat()
                .hasLowCardinalityKeyValue("kasuhara.verdict", "NONE")
                .hasLowCardinalityKeyValue("kasuhara.channel", "UNKNOWN");
    }

    @Test
    void eachReloadIsObservedWithItsOutcomeAndARejectionAsAnErrorWithoutItsProblems() throws IOException {
        ReloadingTriageEngine watching = TriageEngine.builder().rules(RuleSource.directory(ruleFolder()))
                .reloadQuietPeriod(Duration.ofHours(1)).buildWatching();
        try (ReloadingTriageEngine engine = (ReloadingTriageEngine) KasuharaMeters.instrument(watching,
                new SimpleMeterRegistry(), observations)) {
            confinementMinutes(45);
            RuleSetRef reloaded = engine.reload().ruleSet();
            engine.reload();
            Files.writeString(rules.resolve("verdict/broken.drl"),
                    "package verdict;\nrule \"Broken\" when then x; end\n");
            engine.reload();

            assertThat(observations).doesNotHaveAnyRemainingCurrentObservation()
                    .hasNumberOfObservationsWithNameEqualTo(KasuharaMeters.RELOAD_OBSERVATION, 3)
                    .hasAnObservation(observation -> observation.hasNameEqualTo("kasuhara.rules.reload")
                            .hasContextualNameEqualTo("kasuhara rules reload").doesNotHaveError()
                            .hasLowCardinalityKeyValue("kasuhara.reload.outcome", "reloaded")
                            .hasLowCardinalityKeyValue("kasuhara.ruleset.version", reloaded.version()))
                    .hasAnObservation(observation -> observation.doesNotHaveError()
                            .hasLowCardinalityKeyValue("kasuhara.reload.outcome", "unchanged"))
                    .hasAnObservation(observation -> observation
                            .hasLowCardinalityKeyValue("kasuhara.reload.outcome", "rejected")
                            .hasLowCardinalityKeyValue("kasuhara.ruleset.version", reloaded.version())
                            .assertThatError().hasMessageNotContaining("broken.drl")
                            .hasMessageContaining("rule set rejected with"));
        }
    }
}
