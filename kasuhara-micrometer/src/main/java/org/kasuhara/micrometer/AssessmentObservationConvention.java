// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names an assessment's observation and its key values. Register an implementation as a
 * {@code GlobalObservationConvention} on the {@code ObservationRegistry} to replace
 * {@link DefaultAssessmentObservationConvention}; keep its values free of personal data.
 */
public interface AssessmentObservationConvention extends ObservationConvention<AssessmentContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof AssessmentContext;
    }
}
