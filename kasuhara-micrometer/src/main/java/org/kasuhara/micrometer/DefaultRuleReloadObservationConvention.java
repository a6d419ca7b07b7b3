// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer;

import io.micrometer.common.KeyValues;
import java.util.Locale;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.micrometer.KasuharaObservation.ReloadKeys;
import org.kasuhara.model.RuleSetRef;

/** The key values {@link KasuharaObservation#RULE_RELOAD} documents: outcome, rule set and its version. */
public class DefaultRuleReloadObservationConvention implements RuleReloadObservationConvention {
    /** The shared instance. */
    public static final DefaultRuleReloadObservationConvention INSTANCE = new DefaultRuleReloadObservationConvention();

    /** Creates the convention; subclasses may add key values of their own. */
    public DefaultRuleReloadObservationConvention() {
    }

    @Override
    public String getName() {
        return KasuharaObservation.RULE_RELOAD.getName();
    }

    @Override
    public String getContextualName(RuleReloadContext context) {
        return KasuharaObservation.RULE_RELOAD.getContextualName();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(RuleReloadContext context) {
        RuleSetRef ruleSet = context.outcome().map(ReloadEvent::ruleSet).orElse(context.inUse());
        String outcome = context.outcome().map(event -> event.getClass().getSimpleName().toLowerCase(Locale.ROOT))
                .orElse("none");
        return KeyValues.of(ReloadKeys.OUTCOME.withValue(outcome),
                ReloadKeys.RULESET.withValue(ruleSet.name()),
                ReloadKeys.RULESET_VERSION.withValue(ruleSet.version()));
    }
}
