// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kasuhara.engine.facts.Axes;
import org.kasuhara.engine.facts.ContactFact;
import org.kasuhara.engine.facts.DemandFact;
import org.kasuhara.engine.facts.Established;
import org.kasuhara.engine.facts.IllnessNoted;
import org.kasuhara.engine.facts.LineReached;
import org.kasuhara.engine.facts.MessageNotAccepted;
import org.kasuhara.engine.facts.NetDoubt;
import org.kasuhara.engine.facts.NetScore;
import org.kasuhara.engine.facts.ObservationFact;
import org.kasuhara.engine.facts.Outcome;
import org.kasuhara.engine.facts.RepeatCount;
import org.kasuhara.engine.facts.TakenBack;
import org.kasuhara.engine.facts.WeaponNoted;
import org.kasuhara.model.Case;
import org.kasuhara.model.Finding;
import org.kasuhara.policy.Policy;
import org.kasuhara.text.TextSignal;

/** The types of fact rules can match: what the engine inserts for every case, and what rules derive. */
final class FactTypes {
    /** Inserted by {@link FactDeriver} and the engine ({@link Outcome}); derived through {@code Evidence}. */
    static final List<Class<?>> INSERTED = List.of(Case.class, Policy.class, ContactFact.class, DemandFact.class,
            Established.class, ObservationFact.class, RepeatCount.class, TextSignal.class, Outcome.class,
            Finding.class, MessageNotAccepted.class, LineReached.class, NetScore.class, NetDoubt.class, Axes.class,
            TakenBack.class, IllnessNoted.class, WeaponNoted.class);

    private FactTypes() {
    }

    /**
     * @param type             a pattern's type
     * @param createdByRules   simple names of the types rules create with {@code new}
     * @param types            the types inserted into this knowledge base's sessions
     * @return whether a fact of that type can ever be in working memory
     */
    static boolean canBeInserted(Class<?> type, Set<String> createdByRules, List<Class<?>> types) {
        if (type.getName().startsWith("org.drools.") || createdByRules.contains(type.getSimpleName())) {
            return true;
        }
        return types.stream().anyMatch(type::isAssignableFrom);
    }

    static String describe(List<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
    }
}
