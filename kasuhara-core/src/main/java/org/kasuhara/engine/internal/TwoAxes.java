// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.HashSet;
import java.util.Set;
import org.kasuhara.engine.facts.Axes;
import org.kasuhara.engine.facts.Established;
import org.kasuhara.engine.facts.IllnessNoted;
import org.kasuhara.engine.facts.LineReached;
import org.kasuhara.engine.facts.TakenBack;
import org.kasuhara.engine.facts.Validity;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.DemandAxis;
import org.kasuhara.model.Finding;
import org.kasuhara.model.MannerAxis;
import org.kasuhara.model.Severity;
import org.kie.api.runtime.KieSession;

/**
 * Reads MHLW's two axes off the findings once every signal rule has fired: demand findings
 * ({@link Behaviour#EXCESSIVE_DEMAND}) make the demand axis, every other finding the manner axis, each by its most
 * severe finding; a finding that only marks a time or count line ({@link LineReached}) makes neither and sets the
 * aggravating fact instead. When every finding about the manner was taken back at once ({@link TakenBack}), the axes
 * say so, for the verdict table to weigh with the demand.
 */
final class TwoAxes {
    private TwoAxes() {
    }

    static Axes derive(KieSession session) {
        Set<String> lines = new HashSet<>();
        Set<String> takenBack = new HashSet<>();
        boolean defect = false;
        boolean illness = false;
        for (Object fact : session.getObjects(f -> f instanceof LineReached || f instanceof Established
                || f instanceof IllnessNoted || f instanceof TakenBack)) {
            if (fact instanceof TakenBack back) {
                takenBack.add(back.rule());
            } else if (fact instanceof IllnessNoted) {
                illness = true;
            } else if (fact instanceof LineReached line) {
                lines.add(line.rule());
            } else {
                defect = ((Established) fact).validity() == Validity.VALID;
            }
        }
        Severity manner = Severity.NONE;
        Severity demand = Severity.NONE;
        boolean anyTakenBack = false;
        boolean otherManner = false;
        for (Object fact : session.getObjects(Finding.class::isInstance)) {
            Finding finding = (Finding) fact;
            if (lines.contains(finding.rule())) {
                continue;
            }
            if (finding.behaviour() == Behaviour.EXCESSIVE_DEMAND) {
                demand = demand.max(finding.severity());
            } else {
                manner = manner.max(finding.severity());
                boolean back = takenBack.contains(finding.rule());
                anyTakenBack |= back;
                otherManner |= !back;
            }
        }
        return new Axes(manner(manner), demand(demand, defect), !lines.isEmpty(), defect, illness,
                anyTakenBack && !otherManner);
    }

    private static MannerAxis manner(Severity worst) {
        return switch (worst) {
            case NONE -> MannerAxis.APPROPRIATE;
            case LOW -> MannerAxis.DOUBTFUL;
            case MEDIUM -> MannerAxis.INAPPROPRIATE;
            case HIGH, CRITICAL -> MannerAxis.SEVERE;
        };
    }

    private static DemandAxis demand(Severity worst, boolean defect) {
        return switch (worst) {
            case NONE -> defect ? DemandAxis.VALID : DemandAxis.UNKNOWN;
            case LOW -> DemandAxis.DOUBTFUL;
            case MEDIUM -> DemandAxis.LACKING;
            case HIGH, CRITICAL -> DemandAxis.GROSSLY_LACKING;
        };
    }
}
