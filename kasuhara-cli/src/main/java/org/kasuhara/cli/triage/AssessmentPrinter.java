package org.kasuhara.cli.triage;

import org.kasuhara.model.Assessment;

/** Writes assessments to standard output, one at a time, in input order. */
public interface AssessmentPrinter {

    /**
     * Writes one assessment.
     *
     * @param assessment the assessment
     */
    void print(Assessment assessment);
}
