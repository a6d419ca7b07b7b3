// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A public source that rules and catalogue entries cite by its key.
 *
 * @param key           the citation key, e.g. {@code MHLW-2022}; no whitespace
 * @param titleJa       the title in Japanese
 * @param titleEn       the title in English
 * @param publisher     who published it
 * @param published     the date it was published or passed; {@code null} when undated (the project's own defaults)
 * @param url           where to read it; {@code null} when there is no stable public address
 * @param descriptionJa what it is and what Kasuhara takes from it, in Japanese
 * @param descriptionEn the same in English
 */
public record SourceInfo(String key, String titleJa, String titleEn, String publisher, LocalDate published,
        String url, String descriptionJa, String descriptionEn) {

    /**
     * Checks the required components; {@code published} and {@code url} may be null.
     *
     * @throws NullPointerException if a required component is null
     */
    public SourceInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(titleJa, "titleJa");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(descriptionJa, "descriptionJa");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
    }
}
