// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.DemandType;

/**
 * The data file as written, before validation: every field may be missing here, so that the validator, not the
 * parser, reports a missing name together with the entry it belongs to.
 */
record CatalogueFile(List<RawSource> sources, List<RawBehaviour> behaviours, List<RawDemandType> demandTypes,
        List<RawAction> actions) {

    /** One {@code sources} entry. */
    record RawSource(String key, String titleJa, String titleEn, String publisher, LocalDate published, String url,
            String descriptionJa, String descriptionEn) {
    }

    /** One {@code behaviours} entry. */
    record RawBehaviour(Behaviour behaviour, String nameJa, String nameEn, String descriptionJa, String descriptionEn,
            String source, List<String> examplesJa, List<String> examplesEn) {
    }

    /** One {@code demandTypes} entry. */
    record RawDemandType(DemandType type, DemandValidity validity, String nameJa, String nameEn, String noteJa,
            String noteEn, String source, Boolean gain) {
    }

    /** One {@code actions} entry. */
    record RawAction(ActionType type, String textJa, String textEn, String source) {
    }
}
