// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import org.kasuhara.model.Behaviour;

/**
 * What a lexicon term signals, one level finer than a {@link Behaviour}: rules need to tell a threat to life
 * (police) from an insult, and a narrated tone of voice (manner evidence) from the words themselves.
 */
public enum SignalCategory {
    /** Assault narrated or admitted: hitting, grabbing, throwing, spitting. */
    VIOLENCE(Behaviour.PHYSICAL_ATTACK),
    /** Threat to life or body, or to the worker's relatives (police, TOKYO-2025-MANUAL p.39). */
    THREAT_TO_LIFE(Behaviour.MENTAL_ATTACK),
    /** Insults and abusive language. */
    INSULT(Behaviour.MENTAL_ATTACK),
    /**
     * Slander (中傷・名誉毀損): calling the organisation or its people liars, frauds, thieves or criminals. A mental
     * attack like an insult; in the customer's own message it is not accepted (JHA-2024).
     */
    SLANDER(Behaviour.MENTAL_ATTACK),
    /** Veiled threats and intimidating phrases (「ただでは済まないぞ」). */
    INTIMIDATION(Behaviour.INTIMIDATION),
    /** Manner markers in a narrative: shouting, banging the table, glaring. */
    TONE(Behaviour.INTIMIDATION),
    /** Demand for a kneeling apology (土下座). */
    KNEELING(Behaviour.KNEELING_DEMAND),
    /** Threat to post on social media or in reviews. */
    SNS_THREAT(Behaviour.SNS_EXPOSURE_THREAT),
    /** Filming or photographing staff. */
    FILMING(Behaviour.UNAUTHORISED_FILMING),
    /** Discriminatory remarks. */
    DISCRIMINATION(Behaviour.DISCRIMINATION),
    /** Sexual remarks, demands to meet, requests for private contact details. */
    SEXUAL(Behaviour.SEXUAL),
    /** Attacks on or demands about one employee: dismissal, "I memorised your name", their private data. */
    STAFF_TARGETING(Behaviour.PERSONAL_ATTACK),
    /** Refusing to leave, sitting in, holding staff. */
    REFUSAL_TO_LEAVE(Behaviour.CONFINEMENT),
    /** Repeating the same claim or contact. */
    REPETITION(Behaviour.PERSISTENT_CONDUCT),
    /** Consolation or nuisance money (慰謝料・迷惑料): harassment only when the demand lacks validity. */
    COMPENSATION_DEMAND(Behaviour.EXCESSIVE_DEMAND),
    /** Legal recourse (lawyer, lawsuit, consumer centre): a customer's right, protective, never harassment. */
    LEGAL_RECOURSE(null),
    /**
     * The customer takes back an outburst: an apology for their own words or tone (「言い過ぎました」, "sorry, I
     * shouldn't have said that"). Evidence of no behaviour; rules use it to read one insult taken back at once as a
     * sign to look at rather than an attack (MHLW-2022 §B-1: judged on the whole exchange).
     */
    RETRACTION(null);

    private final Behaviour behaviour;

    SignalCategory(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    /**
     * The behaviour this category is evidence of.
     *
     * @return the behaviour, or {@code null} for {@link #LEGAL_RECOURSE} and {@link #RETRACTION}, which are evidence
     *         of none
     */
    public Behaviour behaviour() {
        return behaviour;
    }
}
