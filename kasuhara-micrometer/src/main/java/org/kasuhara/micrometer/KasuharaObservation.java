// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.micrometer;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations Kasuhara makes and their key values: the documented convention that
 * {@link DefaultAssessmentObservationConvention} and {@link DefaultRuleReloadObservationConvention} follow. With a
 * tracing bridge (for example OpenTelemetry's) on the application's {@code ObservationRegistry}, each observation is a
 * span; with Micrometer's meter handler, a timer of the same name.
 *
 * <p>Every key value is of low cardinality and none is personal: no case id, name, address, telephone number or
 * complaint text is ever a key value, high-cardinality ones included.
 */
public enum KasuharaObservation implements ObservationDocumentation {
    /** One {@code assess()} call of an instrumented engine ({@link AssessmentContext}). */
    ASSESS {
        @Override
        public String getName() {
            return "kasuhara.assess";
        }

        @Override
        public String getContextualName() {
            return "kasuhara assess";
        }

        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultAssessmentObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return AssessKeys.values();
        }
    },

    /** One reload of a watched rule folder, by its watcher or by {@code reload()} ({@link RuleReloadContext}). */
    RULE_RELOAD {
        @Override
        public String getName() {
            return "kasuhara.rules.reload";
        }

        @Override
        public String getContextualName() {
            return "kasuhara rules reload";
        }

        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultRuleReloadObservationConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return ReloadKeys.values();
        }
    };

    /** The low-cardinality keys of {@link #ASSESS}. */
    public enum AssessKeys implements KeyName {
        /** The verdict's name ({@code CUSTOMER_HARASSMENT}, …), or {@code NONE} when the assessment failed. */
        VERDICT("kasuhara.verdict"),
        /** The case's channel ({@code PHONE}, {@code EMAIL}, …), or {@code UNKNOWN} without a case. */
        CHANNEL("kasuhara.channel"),
        /** The name of the rule set that assessed the case, from its {@code ruleset.yaml}. */
        RULESET("kasuhara.ruleset"),
        /** Its version, {@code sha256:} and the hash of its files: it changes only when the rules do. */
        RULESET_VERSION("kasuhara.ruleset.version");

        private final String key;

        AssessKeys(String key) {
            this.key = key;
        }

        @Override
        public String asString() {
            return key;
        }
    }

    /** The low-cardinality keys of {@link #RULE_RELOAD}. */
    public enum ReloadKeys implements KeyName {
        /** {@code reloaded}, {@code rejected}, {@code unchanged}, or {@code none} while it runs. */
        OUTCOME("kasuhara.reload.outcome"),
        /** The name of the rule set in use after the reload (the kept one when it was rejected). */
        RULESET("kasuhara.ruleset"),
        /** Its version. */
        RULESET_VERSION("kasuhara.ruleset.version");

        private final String key;

        ReloadKeys(String key) {
            this.key = key;
        }

        @Override
        public String asString() {
            return key;
        }
    }
}
