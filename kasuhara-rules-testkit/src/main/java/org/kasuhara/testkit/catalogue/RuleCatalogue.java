// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.catalogue;

import java.util.Map;
import java.util.Objects;
import org.kasuhara.catalogue.GuidelineCatalogue;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.testkit.catalogue.internal.RuleCatalogueWriter;

/**
 * A rule set's catalogue as a Markdown document in Japanese and English: every rule with its id, name, behaviour,
 * severity, source, the thresholds it reads (with their values) and an example. It is generated from the rules'
 * metadata, so it cannot drift from them ({@code docs/rules.md} is this document for the default rules).
 */
public final class RuleCatalogue {
    private RuleCatalogue() {
    }

    /**
     * Writes the catalogue.
     *
     * @param ruleSet   the rule set
     * @param catalogue the guideline catalogue, for behaviour names and source titles
     * @param examples  an example per rule id (e.g. a scenario's description); rules without one show none
     * @return the Markdown document
     */
    public static String markdown(RuleSet ruleSet, GuidelineCatalogue catalogue, Map<String, String> examples) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(examples, "examples");
        return new RuleCatalogueWriter(ruleSet, catalogue, examples).write();
    }
}
