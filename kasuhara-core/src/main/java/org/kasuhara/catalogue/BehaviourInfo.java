// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.catalogue;

import java.util.List;
import java.util.Objects;
import org.kasuhara.model.Behaviour;

/**
 * What the guidelines say about one behaviour.
 *
 * @param behaviour     the behaviour described
 * @param nameJa        the Japanese name as the guideline words it, e.g. 身体的な攻撃（暴行、傷害）
 * @param nameEn        the English name
 * @param descriptionJa a short description in Japanese
 * @param descriptionEn a short description in English
 * @param source        the citation, e.g. {@code MHLW-2022 §B-1}; its key is a known source
 * @param examplesJa    typical examples in Japanese
 * @param examplesEn    typical examples in English
 */
public record BehaviourInfo(Behaviour behaviour, String nameJa, String nameEn, String descriptionJa,
        String descriptionEn, String source, List<String> examplesJa, List<String> examplesEn) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @throws NullPointerException if any component is null
     */
    public BehaviourInfo {
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(descriptionJa, "descriptionJa");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        Objects.requireNonNull(source, "source");
        examplesJa = List.copyOf(examplesJa);
        examplesEn = List.copyOf(examplesEn);
    }
}
