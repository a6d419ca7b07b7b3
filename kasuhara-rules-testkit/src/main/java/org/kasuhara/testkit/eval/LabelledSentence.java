// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.eval;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.Speaker;

/**
 * One sentence of an evaluation corpus with what the analyser should find in it.
 *
 * @param id       a stable identifier, e.g. {@code ja-threat-012}
 * @param language {@code "ja"} or {@code "en"}
 * @param speaker  whose words the sentence is
 * @param expected the categories it should signal (as evidence, or for legal recourse as protective); empty for
 *                 none
 * @param kind     what sort of sentence it is ({@link Kind})
 * @param text     the sentence
 * @param line     the 1-based line of the corpus file
 */
public record LabelledSentence(String id, String language, Speaker speaker, Set<SignalCategory> expected, Kind kind,
                               String text, int line) {
    /** What sort of sentence: harassment, or one of the legitimate kinds that hard negatives are made of. */
    public enum Kind {
        /** Words or conduct that are harassment. */
        ABUSE,
        /** A legitimate complaint, however firm. */
        COMPLAINT,
        /** A customer quoting abuse they received from staff. */
        QUOTED,
        /** A negated statement (「暴力をふるうつもりはない」). */
        NEGATION,
        /** Legal recourse: lawyer, lawsuit, consumer centre. */
        LEGAL,
        /** Praise or thanks that contains strong words. */
        PRAISE;

        /**
         * Whether a sentence of this kind is legitimate, so that any harassment signal in it is a false positive.
         *
         * @return {@code true} for every kind but {@link #ABUSE}
         */
        public boolean legitimate() {
            return this != ABUSE;
        }
    }

    /** Checks the arguments and copies the set (in declaration order, so reports print alike on every run). */
    public LabelledSentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        expected = expected.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(expected));
    }
}
