// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Finding;
import org.kasuhara.model.Verdict;

/**
 * Measures an engine on labelled cases: how many verdicts fall in the accepted set, how many swap harassment and
 * legitimate complaints (the error that wrongs a customer or leaves an employee unprotected), whether the police and
 * accepted flags are exact, and precision and recall per behaviour (a finding of that behaviour, against the label).
 */
public final class CaseEvaluation {
    private CaseEvaluation() {
    }

    /**
     * One case that did not get an accepted verdict, or whose flags differ.
     *
     * @param label      the labelled case
     * @param assessment what the engine said
     */
    public record Miss(LabelledCase label, Assessment assessment) {
    }

    /**
     * The figures.
     *
     * @param cases         cases assessed
     * @param inAccepted    verdicts in the accepted set
     * @param swaps         harassment for a case whose accepted set holds legitimate, or the other way round
     * @param policeWrong   police flag differs from the label
     * @param acceptedWrong accepted flag differs from the label
     * @param hard          hard legitimate cases
     * @param hardRight     of those, verdicts in the accepted set
     * @param byBehaviour   precision and recall per behaviour
     * @param misses        every case with a verdict outside its accepted set or a wrong flag, in input order
     */
    public record Report(int cases, int inAccepted, int swaps, int policeWrong, int acceptedWrong, int hard,
                         int hardRight, Map<Behaviour, Score> byBehaviour, List<Miss> misses) {
        /** Copies the collections. */
        public Report {
            byBehaviour = Map.copyOf(byBehaviour);
            misses = List.copyOf(misses);
        }

        /**
         * The swaps that miss harassment: judged a legitimate complaint where the accepted set holds harassment.
         *
         * @return how many of {@link #swaps()} go that way; the rest judge a legitimate complaint harassment
         */
        public int harassmentMissed() {
            return (int) misses.stream().filter(m -> isSwap(m.assessment().verdict(), m.label().verdicts())
                    && m.assessment().verdict() == Verdict.LEGITIMATE_COMPLAINT).count();
        }
    }

    /**
     * @param engine the engine
     * @param cases  the labelled cases
     * @return the figures
     */
    public static Report run(TriageEngine engine, List<LabelledCase> cases) {
        Objects.requireNonNull(engine, "engine");
        int inAccepted = 0;
        int swaps = 0;
        int police = 0;
        int accepted = 0;
        int hard = 0;
        int hardRight = 0;
        Map<Behaviour, int[]> counts = new EnumMap<>(Behaviour.class);
        List<Miss> misses = new ArrayList<>();
        for (LabelledCase label : cases) {
            Assessment a = engine.assess(label.given());
            boolean right = label.verdicts().contains(a.verdict());
            inAccepted += right ? 1 : 0;
            swaps += isSwap(a.verdict(), label.verdicts()) ? 1 : 0;
            police += a.policeReport() != label.police() ? 1 : 0;
            accepted += a.accepted() != label.accepted() ? 1 : 0;
            if (label.hard()) {
                hard++;
                hardRight += right ? 1 : 0;
            }
            if (!right || a.policeReport() != label.police() || a.accepted() != label.accepted()) {
                misses.add(new Miss(label, a));
            }
            Set<Behaviour> found = EnumSet.noneOf(Behaviour.class);
            for (Finding f : a.findings()) {
                found.add(f.behaviour());
            }
            for (Behaviour b : Behaviour.values()) {
                int[] c = counts.computeIfAbsent(b, k -> new int[3]);
                boolean expected = label.types().contains(b);
                boolean got = found.contains(b);
                c[0] += expected && got ? 1 : 0;
                c[1] += !expected && got ? 1 : 0;
                c[2] += expected && !got ? 1 : 0;
            }
        }
        Map<Behaviour, Score> scores = new EnumMap<>(Behaviour.class);
        counts.forEach((b, c) -> scores.put(b, new Score(c[0], c[1], c[2])));
        return new Report(cases.size(), inAccepted, swaps, police, accepted, hard, hardRight, scores, misses);
    }

    /**
     * @param verdict  the engine's verdict
     * @param accepted the accepted verdicts
     * @return whether the verdict swaps harassment and a legitimate complaint
     */
    public static boolean isSwap(Verdict verdict, Set<Verdict> accepted) {
        return verdict == Verdict.CUSTOMER_HARASSMENT && accepted.contains(Verdict.LEGITIMATE_COMPLAINT)
                || verdict == Verdict.LEGITIMATE_COMPLAINT && accepted.contains(Verdict.CUSTOMER_HARASSMENT);
    }
}
