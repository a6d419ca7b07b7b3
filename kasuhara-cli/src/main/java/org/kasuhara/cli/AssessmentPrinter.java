package org.kasuhara.cli;

import org.kasuhara.model.Assessment;

/** Writes assessments to standard output, one at a time, in input order. */
interface AssessmentPrinter {

    /**
     * Writes one assessment.
     *
     * @param assessment the assessment
     */
    void print(Assessment assessment);
}
