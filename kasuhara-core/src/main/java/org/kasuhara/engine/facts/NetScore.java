// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

/**
 * A contact whose text the statistical net scores at or above its threshold: possibly abusive words that no
 * lexicon term recognises. Inserted only over the threshold. A rule may use it to ask a person to look, never to
 * decide harassment.
 *
 * @param contact   the contact's index
 * @param score     the net's score, 0 to 1
 * @param threshold the net's threshold
 */
public record NetScore(int contact, double score, double threshold) {
    /** @return the score as a percentage with one decimal, for evidence */
    public String percent() {
        return Percent.of(score);
    }
}
