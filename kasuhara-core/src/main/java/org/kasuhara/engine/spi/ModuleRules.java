// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.spi;

import java.util.List;
import org.kasuhara.engine.RuleInfo;
import org.kie.api.runtime.KieSession;

/**
 * The compiled rules of one {@link RuleModule} within a rule set, as
 * {@link org.kasuhara.engine.RuleSet#moduleRules(RuleModule)} hands them to the module's host.
 */
public interface ModuleRules {

    /**
     * A session of the module's rules for one evaluation, taken from a pool: {@link KieSession#dispose()} resets
     * it and returns it. Never share a session between threads.
     *
     * @return an empty session
     */
    KieSession newSession();

    /** @return the metadata of the module's rules, by file and line */
    List<RuleInfo> rules();
}
