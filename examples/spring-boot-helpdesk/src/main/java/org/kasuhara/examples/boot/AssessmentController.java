// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.boot;

import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseReader;
import org.kasuhara.json.InvalidCaseException;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The helpdesk's own endpoint: {@code POST /complaints/assessment} with a case (contract v1) answers its assessment
 * (contract v1). The engine is the starter's bean, so each call is counted, timed and observed.
 */
@RestController
public class AssessmentController {
    private final TriageEngine engine;
    private final CaseReader reader = new CaseReader();

    /** @param engine the starter's engine */
    public AssessmentController(TriageEngine engine) {
        this.engine = engine;
    }

    /**
     * @param json the case
     * @return the assessment as JSON (Kasuhara's own mapper writes the contract exactly)
     */
    @PostMapping(path = "/complaints/assessment", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public String assess(@RequestBody String json) {
        Assessment assessment = engine.assess(reader.readOne(json));
        return KasuharaJson.toJson(assessment);
    }

    /**
     * @param e what is wrong with the case, by field path
     * @return 400 with the problems
     */
    @ExceptionHandler(InvalidCaseException.class)
    public ResponseEntity<String> invalid(InvalidCaseException e) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }
}
