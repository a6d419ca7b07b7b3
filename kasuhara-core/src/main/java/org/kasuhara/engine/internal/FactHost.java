// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.List;
import org.kasuhara.engine.spi.RuleModule;

/**
 * Who inserts the facts of one knowledge base's sessions, and which: the triage engine, or a plug-in module's host.
 *
 * @param ja    the host's name in Japanese, for messages
 * @param en    the host's name in English
 * @param types the fact types it inserts
 */
record FactHost(String ja, String en, List<Class<?>> types) {
    /** The triage engine, for the rules that run on cases. */
    static final FactHost ENGINE = new FactHost("エンジン", "engine", FactTypes.INSERTED);

    static FactHost of(RuleModule module) {
        return new FactHost(module.host(true), module.host(false), List.copyOf(module.factTypes()));
    }
}
