// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import java.util.Objects;
import org.kasuhara.model.Case;

/**
 * One scenario: a case and what the rules must decide about it.
 *
 * @param name        a short sentence naming what is tested, unique in its file
 * @param description more detail for the reader, or {@code null}
 * @param given       the case to assess
 * @param expect      what the assessment must show
 * @param line        the line where the scenario starts in its file; 0 when built in code
 */
public record Scenario(String name, String description, Case given, Expectation expect, int line) {
    /** Checks the fields. */
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(expect, "expect");
    }

    /**
     * A scenario built in code, with no file line.
     *
     * @param name   a short sentence naming what is tested
     * @param given  the case to assess
     * @param expect what the assessment must show
     */
    public Scenario(String name, Case given, Expectation expect) {
        this(name, null, given, expect, 0);
    }
}
