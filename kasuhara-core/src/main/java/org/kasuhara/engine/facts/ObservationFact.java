// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.facts;

import org.kasuhara.model.Behaviour;

/**
 * A behaviour a member of staff recorded. The note and the staff member stay out of the facts: they are free
 * text that may name people, and evidence must not carry personal data.
 *
 * @param index     the observation's index in the case
 * @param behaviour what was observed
 */
public record ObservationFact(int index, Behaviour behaviour) {
}
