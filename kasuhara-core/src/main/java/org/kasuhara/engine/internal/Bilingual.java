// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import org.kasuhara.engine.RuleProblem;

/**
 * A message for compliance teams, in Japanese and English.
 *
 * @param ja Japanese
 * @param en English
 */
record Bilingual(String ja, String en) {

    /** @return a problem carrying both languages */
    RuleProblem at(String file, int line, String rule) {
        return new RuleProblem(file, line, rule, en, ja);
    }
}
