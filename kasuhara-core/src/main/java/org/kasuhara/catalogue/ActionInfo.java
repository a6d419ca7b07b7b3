// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.catalogue;

import java.util.Objects;
import org.kasuhara.model.ActionType;

/**
 * The recommendation text for one action. Texts of actions that restrict the customer say that a person must
 * confirm them (TOKYO-2025-MANUAL p.39).
 *
 * @param type   the action described
 * @param textJa the recommendation in Japanese
 * @param textEn the recommendation in English
 * @param source the citation, e.g. {@code TOKYO-2025-MANUAL p.39}; its key is a known source
 */
public record ActionInfo(ActionType type, String textJa, String textEn, String source) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if any component is null
     */
    public ActionInfo {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(textJa, "textJa");
        Objects.requireNonNull(textEn, "textEn");
        Objects.requireNonNull(source, "source");
    }
}
