// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.micrometer.KasuharaMeters;
import org.kasuhara.model.Verdict;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletContextInitializer;

/** The conditions: what a host gets with and without a rule folder, a data source, its own beans. */
class KasuharaAutoConfigurationTest {
    @TempDir
    Path rules;

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(KasuharaAutoConfiguration.class, KasuharaStoreAutoConfiguration.class,
                    KasuharaHealthAutoConfiguration.class, KasuharaMetricsAutoConfiguration.class,
                    KasuharaWebAutoConfiguration.class));

    @Test
    void aRuleFolderIsWatchedAndTheWatcherStopsWithTheContext() {
        runner.withPropertyValues("kasuhara.rules=" + TestCases.ruleFolder(rules)).run(context -> {
            TriageEngine engine = context.getBean(TriageEngine.class);
            assertThat(engine).isInstanceOf(ReloadingTriageEngine.class);
            assertThat(((ReloadingTriageEngine) engine).isWatching()).isTrue();
            assertThat(engine.assess(TestCases.callOf("C-1", 75)).verdict()).isEqualTo(Verdict.CUSTOMER_HARASSMENT);
            assertThat(context).hasSingleBean(HealthIndicator.class);
            context.close();
            assertThat(((ReloadingTriageEngine) engine).isWatching()).isFalse();
        });
    }

    @Test
    void withoutADataSourceThereIsNoStoreAndNoWebCounter() {
        runner.withPropertyValues("kasuhara.rules=" + TestCases.ruleFolder(rules), "kasuhara.web.enabled=true")
                .run(context -> {
                    assertThat(context).hasSingleBean(TriageEngine.class);
                    assertThat(context).doesNotHaveBean(CaseStore.class);
                    assertThat(context).doesNotHaveBean(CaseIntake.class);
                    assertThat(context).doesNotHaveBean(ServletContextInitializer.class);
                });
    }

    @Test
    void theHostsOwnBeansAreKept() {
        TriageEngine own = TriageEngine.builder().rules(RuleSource.directory(TestCases.ruleFolder(rules))).build();
        CaseStore store = CaseStore.inMemory();
        runner.withBean(TriageEngine.class, () -> own).withBean(CaseStore.class, () -> store).run(context -> {
            assertThat(context.getBean(TriageEngine.class)).isSameAs(own);
            assertThat(context.getBean(CaseStore.class)).isSameAs(store);
            assertThat(context.getBean(CaseIntake.class).receive(TestCases.callOf("C-1", 75), null).assessment())
                    .isPresent();
        });
    }

    @Test
    void aCallMonitorOfTheApplicationIsMetered() {
        runner.withPropertyValues("kasuhara.rules=" + TestCases.ruleFolder(rules))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(CallMonitor.class, () -> CallMonitor.builder()
                        .rules(RuleSet.compile(RuleSource.defaults())).build())
                .run(context -> {
                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    context.getBean("kasuharaCallMonitorMeters", MeterBinder.class).bindTo(meters);
                    assertThat(meters.find(KasuharaMeters.OPEN_CALLS).gauge()).isNotNull();
                    assertThat(context).doesNotHaveBean("kasuharaCaseStoreMeters");
                });
    }

    @Test
    void aRuleFolderThatDoesNotCompileStopsTheApplicationNamingTheFile() throws Exception {
        TestCases.ruleFolder(rules);
        java.nio.file.Files.writeString(rules.resolve("verdict/broken.drl"),
                "package verdict;\nrule \"Broken\" when then x; end\n");
        runner.withPropertyValues("kasuhara.rules=" + rules).run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("broken.drl"));
    }
}
