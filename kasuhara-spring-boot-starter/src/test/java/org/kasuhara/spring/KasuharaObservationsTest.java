// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.micrometer.KasuharaMeters;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The application's ObservationRegistry gets the engine's observations, with no meter registry needed. */
class KasuharaObservationsTest {
    @TempDir
    Path rules;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KasuharaAutoConfiguration.class));

    @Test
    void assessmentsAndReloadsAreObservedOnTheApplicationsRegistry() {
        TestObservationRegistry observations = TestObservationRegistry.create();
        runner.withPropertyValues("kasuhara.rules=" + TestCases.ruleFolder(rules))
                .withBean(ObservationRegistry.class, () -> observations).run(context -> {
                    TriageEngine engine = context.getBean(TriageEngine.class);
                    engine.assess(TestCases.callOf("KH-PRIVATE-1", 75));
                    Files.writeString(rules.resolve("policy.yaml"), "defaults:\n  confinementMinutes: 90\n");
                    ((ReloadingTriageEngine) engine).reload();

                    assertThat(observations)
                            .hasObservationWithNameEqualTo(KasuharaMeters.ASSESS_OBSERVATION).that()
                            .hasLowCardinalityKeyValue("kasuhara.verdict", "CUSTOMER_HARASSMENT")
                            .hasLowCardinalityKeyValue("kasuhara.channel", "PHONE")
                            .hasLowCardinalityKeyValue("kasuhara.ruleset", engine.ruleSet().name())
                            .doesNotHaveHighCardinalityKeyValueWithKey("kasuhara.case");
                    assertThat(observations)
                            .hasObservationWithNameEqualTo(KasuharaMeters.RELOAD_OBSERVATION).that()
                            .hasLowCardinalityKeyValue("kasuhara.reload.outcome", "reloaded")
                            .hasLowCardinalityKeyValue("kasuhara.ruleset.version", engine.ruleSet().version());
                });
    }

    @Test
    void metricsDisabledLeavesTheEngineUnobserved() {
        TestObservationRegistry observations = TestObservationRegistry.create();
        runner.withPropertyValues("kasuhara.rules=" + TestCases.ruleFolder(rules), "kasuhara.metrics.enabled=false")
                .withBean(ObservationRegistry.class, () -> observations).run(context -> {
                    context.getBean(TriageEngine.class).assess(TestCases.callOf("C-1", 75));
                    assertThat(observations).doesNotHaveAnyObservation();
                });
    }
}
