// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.catalogue;

import java.util.Objects;
import org.kasuhara.model.DemandType;

/**
 * What the guidelines say about one kind of demand.
 *
 * @param type     the demand type described
 * @param validity how the demand's validity bears on the verdict
 * @param nameJa   the Japanese name
 * @param nameEn   the English name
 * @param noteJa   why the demand falls in its validity class, in Japanese
 * @param noteEn   the same in English
 * @param source   the citation, e.g. {@code MHLW-2022 §B-2}; its key is a known source
 * @param gain     whether it seeks a gain beyond putting a defect right (money, a different or more expensive
 *                 product, special treatment: MHLW-2022 §B-2), the group rules judge together
 */
public record DemandTypeInfo(DemandType type, DemandValidity validity, String nameJa, String nameEn, String noteJa,
        String noteEn, String source, boolean gain) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if any component is null
     */
    public DemandTypeInfo {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(noteJa, "noteJa");
        Objects.requireNonNull(noteEn, "noteEn");
        Objects.requireNonNull(source, "source");
    }
}
