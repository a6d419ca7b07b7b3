// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer;

import io.micrometer.common.KeyValues;
import org.kasuhara.micrometer.KasuharaObservation.AssessKeys;

/** The key values {@link KasuharaObservation#ASSESS} documents: verdict, channel, rule set and its version. */
public class DefaultAssessmentObservationConvention implements AssessmentObservationConvention {
    /** The shared instance. */
    public static final DefaultAssessmentObservationConvention INSTANCE = new DefaultAssessmentObservationConvention();

    /** Creates the convention; subclasses may add key values of their own. */
    public DefaultAssessmentObservationConvention() {
    }

    @Override
    public String getName() {
        return KasuharaObservation.ASSESS.getName();
    }

    @Override
    public String getContextualName(AssessmentContext context) {
        return KasuharaObservation.ASSESS.getContextualName();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(AssessmentContext context) {
        return KeyValues.of(
                AssessKeys.VERDICT.withValue(context.verdict().map(Enum::name).orElse("NONE")),
                AssessKeys.CHANNEL.withValue(context.channel().map(Enum::name).orElse("UNKNOWN")),
                AssessKeys.RULESET.withValue(context.ruleSet().name()),
                AssessKeys.RULESET_VERSION.withValue(context.ruleSet().version()));
    }
}
