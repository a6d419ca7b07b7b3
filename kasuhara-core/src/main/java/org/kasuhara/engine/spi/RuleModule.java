// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.spi;

import java.util.List;

/**
 * A capability's own rules inside a rule set: the DRL files of one folder (for example {@code calls/}, the live
 * call monitor's alert rules) that compile into a knowledge base of their own, match the facts that capability
 * inserts, and never run on a case. The rule-set compiler checks them as it checks the triage rules — metadata,
 * ids unique across the whole rule set, patterns that nothing inserts — with this module's fact types.
 *
 * <p>Modules on the class path are found through {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/org.kasuhara.engine.spi.RuleModule} file), the way Jdbi installs plugins; a host can
 * also pass them to {@link org.kasuhara.engine.RuleSet#compile(org.kasuhara.engine.RuleSource, List)}. A folder
 * that a rule set declares as a module's ({@code modules:} in {@code ruleset.yaml}) but no installed module claims
 * is kept in the rule set's version and left uncompiled, so an embedder who does not use that capability can
 * still load the rule set.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface RuleModule {

    /** @return the folder of the rule set that holds this module's rules, without a slash, e.g. {@code calls} */
    String folder();

    /** @return the types of fact the module's host inserts into a session; rules may also create their own */
    List<Class<?>> factTypes();

    /**
     * @param japanese whether the message is in Japanese
     * @return who inserts the facts, for error messages: {@code 通話モニター} / {@code call monitor}
     */
    String host(boolean japanese);

    /**
     * Text in a consequence that marks a rule deriving a result, so that it must carry {@code @severity}: the
     * triage rules' {@code Evidence.finding} is always one; a module adds its own, e.g. {@code CallAlerts.}.
     *
     * @return the markers, possibly empty
     */
    default List<String> resultMarkers() {
        return List.of();
    }
}
