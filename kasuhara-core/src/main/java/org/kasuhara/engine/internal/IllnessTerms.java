// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;

/**
 * Illnesses that affect judgement, as a staff narrative names them: 「認知症の入居者」, "diagnosed with Alzheimer's",
 * "post-operative delirium". Only staff narratives are read: a customer's own 「認知症の母」 is about a relative and
 * does not explain the writer's conduct.
 */
final class IllnessTerms {
    private static final List<String> TERMS = List.of("認知症", "アルツハイマー", "せん妄", "譫妄", "認知機能の低下",
            "bpsd", "dementia", "alzheimer", "delirium", "cognitive impairment");

    private IllnessTerms() {
    }

    /**
     * @param text a narrative, may be {@code null}
     * @return the first term it names, or {@code null}
     */
    static String find(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (String term : TERMS) {
            if (AsciiLower.contains(text, term)) {
                return term;
            }
        }
        return null;
    }
}
