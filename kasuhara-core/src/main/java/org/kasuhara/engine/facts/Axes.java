// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

import org.kasuhara.model.DemandAxis;
import org.kasuhara.model.MannerAxis;

/**
 * MHLW's two axes for one case (MHLW-2022 p.7), with the time and count lines of Tokyo's third axis as an
 * aggravating fact. The engine derives it from the findings once every signal rule has fired, and inserts it with
 * the {@link Outcome}: verdict rules (the verdict table) read it, never the findings themselves.
 *
 * @param manner      how the complaint was pursued: the most severe finding about conduct
 * @param demand      how valid the demand is: the most severe demand finding, else the established facts
 * @param timeOrCount whether a time or count line was reached ({@link LineReached})
 * @param defect      whether a defect or fault of the organisation was found (a mitigating fact)
 * @param illness     whether a staff narrative attributes the conduct's setting to an illness that affects judgement
 *                    ({@link IllnessNoted}: dementia, delirium), a matter of care rather than harassment
 * @param takenBack   whether every sign about the manner is an outburst the customer took back at once
 *                    ({@link TakenBack}); the manner is then {@link MannerAxis#DOUBTFUL}
 */
public record Axes(MannerAxis manner, DemandAxis demand, boolean timeOrCount, boolean defect, boolean illness,
                   boolean takenBack) {
}
