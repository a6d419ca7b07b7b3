// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation the counter serves, with its branches or stores, as listed in the reception form.
 *
 * @param id stable id, the case's {@code organization} (letters, digits, {@code -_.})
 * @param nameJa name in Japanese
 * @param nameEn name in English
 * @param sites its branches or stores, possibly none
 */
public record Organisation(String id, String nameJa, String nameEn, List<Site> sites) {
    /**
     * @throws IllegalArgumentException when the id is not a plain identifier or a name is missing
     */
    public Organisation {
        checkId(id, "organisation id");
        Objects.requireNonNull(nameJa, "nameJa");
        nameEn = nameEn == null ? nameJa : nameEn;
        sites = sites == null ? List.of() : List.copyOf(sites);
    }

    /**
     * The name in a language.
     *
     * @param language {@code "en"} for English, anything else for Japanese
     * @return the name
     */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameJa;
    }

    /**
     * @param siteId a site's id
     * @return the site with that id
     */
    public Optional<Site> site(String siteId) {
        return sites.stream().filter(s -> s.id().equals(siteId)).findFirst();
    }

    /**
     * A branch or store.
     *
     * @param id stable id, the case's {@code site}
     * @param nameJa name in Japanese
     * @param nameEn name in English
     */
    public record Site(String id, String nameJa, String nameEn) {
        /**
         * @throws IllegalArgumentException when the id is not a plain identifier or the name is missing
         */
        public Site {
            checkId(id, "site id");
            Objects.requireNonNull(nameJa, "nameJa");
            nameEn = nameEn == null ? nameJa : nameEn;
        }

        /**
         * @param language {@code "en"} for English, anything else for Japanese
         * @return the name
         */
        public String name(String language) {
            return "en".equals(language) ? nameEn : nameJa;
        }
    }

    static void checkId(String id, String what) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException(what + " must be 1-64 letters, digits, '.', '_' or '-', was \""
                    + id + "\"");
        }
    }
}
