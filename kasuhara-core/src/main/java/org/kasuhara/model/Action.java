// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

import java.util.Objects;

/**
 * A recommended next step.
 *
 * @param type              what to do
 * @param humanConfirmation whether a person must confirm it first; always {@code true} for restricting actions
 * @param text              the recommendation in plain words
 */
public record Action(ActionType type, boolean humanConfirmation, String text) {
    /** Checks the fields and forces confirmation on actions that restrict the customer. */
    public Action {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        humanConfirmation = humanConfirmation || type.restrictsCustomer();
    }
}
