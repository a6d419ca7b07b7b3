// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names a rule reload's observation and its key values. Register an implementation as a
 * {@code GlobalObservationConvention} on the {@code ObservationRegistry} to replace
 * {@link DefaultRuleReloadObservationConvention}.
 */
public interface RuleReloadObservationConvention extends ObservationConvention<RuleReloadContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof RuleReloadContext;
    }
}
