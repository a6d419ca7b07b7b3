// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.TriageEngine;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health component follows the watched rule folder: reloads, rejections and a stopped watcher. */
class KasuharaHealthTest {
    @TempDir
    Path rules;

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(KasuharaAutoConfiguration.class, KasuharaHealthAutoConfiguration.class));

    @Test
    void aReloadAndARejectionAreShownAndAStoppedWatcherIsDown() {
        runner.withPropertyValues("kasuhara.rules=" + TestCases.ruleFolder(rules)).run(context -> {
            ReloadingTriageEngine engine = (ReloadingTriageEngine) context.getBean(TriageEngine.class);
            HealthIndicator indicator = context.getBean("kasuharaHealthIndicator", HealthIndicator.class);
            Health first = indicator.health(true);
            assertThat(first.getStatus()).isEqualTo(Status.UP);
            assertThat(first.getDetails()).doesNotContainKeys("lastReload", "lastRejection", "store");

            Files.writeString(rules.resolve("policy.yaml"), "defaults:\n  confinementMinutes: 90\n");
            engine.reload();
            Files.writeString(rules.resolve("verdict/broken.drl"),
                    "package verdict;\nrule \"Broken\" when then x; end\n");
            engine.reload();
            Health after = indicator.health(true);

            assertThat(after.getStatus()).as("the rules in use still assess").isEqualTo(Status.UP);
            assertThat(after.getDetails().get("lastReload").toString()).contains(engine.ruleSet().version());
            assertThat(after.getDetails().get("lastRejection").toString()).contains("broken.drl:2");
            assertThat(after.getDetails().get("ruleSet").toString()).contains(engine.ruleSet().version());

            engine.close();
            assertThat(indicator.health(true).getStatus()).isEqualTo(Status.DOWN);
        });
    }
}
