// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

import java.util.Objects;

/**
 * Which rule set produced an assessment.
 *
 * @param name    the rule set's name, e.g. {@code kasuhara-default}
 * @param version the content hash, {@code sha256:…}
 */
public record RuleSetRef(String name, String version) {
    /** Checks the fields. */
    public RuleSetRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }
}
