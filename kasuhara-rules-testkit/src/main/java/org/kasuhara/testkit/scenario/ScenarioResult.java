// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.kasuhara.model.Assessment;

/**
 * The outcome of one scenario.
 *
 * @param file        the name of the scenario's file
 * @param scenario    the scenario
 * @param assessment  what the rules decided, or {@code null} when assessing failed
 * @param differences every way the assessment differs from the expectation; empty when it passed
 * @param error       why assessing failed, or {@code null}
 * @param time        how long assessing took
 */
public record ScenarioResult(String file, Scenario scenario, Assessment assessment, List<Difference> differences,
                             String error, Duration time) {
    /** Checks the fields and copies the list. */
    public ScenarioResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(time, "time");
        differences = List.copyOf(differences);
        if ((assessment == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of assessment and error is required");
        }
    }

    /** @return {@code true} when the rules decided as expected */
    public boolean passed() {
        return error == null && differences.isEmpty();
    }

    /** @return {@code true} when the scenario could not be assessed at all */
    public boolean errored() {
        return error != null;
    }
}
