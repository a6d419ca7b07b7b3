// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/**
 * A behaviour a member of staff saw and recorded (ticked on a form).
 *
 * @param behaviour what was observed (required)
 * @param note      what exactly happened, optional
 * @param staff     who observed it (personal data), optional
 */
public record Observation(Behaviour behaviour, String note, String staff) {
    /** Checks the fields. */
    public Observation {
        FieldViolation.required(behaviour, "behaviour");
    }

    @Override
    public String toString() {
        return "Observation[behaviour=" + behaviour + ", note=" + (note == null ? "null" : "<" + note.length()
                + " chars>") + ", staff=" + Applicant.redact(staff) + "]";
    }
}
