// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseReader;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;

/** The README's "whole API" block, compiled and run by the tests, which also check the README quotes it exactly. */
public final class WholeApiExample {
    private WholeApiExample() {
    }

    /**
     * @param json one case, contract v1
     * @return its assessment as JSON, contract v1
     * @throws JsonProcessingException never for an assessment the engine made
     */
    public static String assess(String json) throws JsonProcessingException {
        // readme:start
        TriageEngine engine = TriageEngine.builder().build();                 // default rules; build once, share
        Case complaint = new CaseReader().readOne(json);                       // strict: errors name the field path
        Assessment assessment = engine.assess(complaint);                      // thread-safe, no I/O
        String out = KasuharaJson.mapper().writeValueAsString(assessment);     // contract v1
        // readme:end
        return out;
    }
}
