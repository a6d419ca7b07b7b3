// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import java.nio.file.Path;
import java.util.Map;
import org.kasuhara.engine.RuleSet;

/**
 * Where the command keeps compiled rule sets between runs, so that a second run with the same rules starts warm:
 * {@code KASUHARA_RULE_CACHE} (a folder, or {@code off}), else {@code $XDG_CACHE_HOME/kasuhara/rules}, else
 * {@code ~/.cache/kasuhara/rules}. A {@code -Dkasuhara.ruleCache=…} given to {@code java} wins over all of them.
 */
final class RuleCacheSetting {
    static final String VARIABLE = "KASUHARA_RULE_CACHE";

    private RuleCacheSetting() {
    }

    /**
     * Sets {@link RuleSet#COMPILED_RULE_CACHE_PROPERTY} unless it is set already.
     *
     * @param environment the process environment
     */
    static void apply(Map<String, String> environment) {
        if (System.getProperty(RuleSet.COMPILED_RULE_CACHE_PROPERTY) != null) {
            return;
        }
        Path folder = folder(environment, System.getProperty("user.home"));
        if (folder != null) {
            System.setProperty(RuleSet.COMPILED_RULE_CACHE_PROPERTY, folder.toString());
        }
    }

    /** @return the folder to use, or {@code null} when the cache is off or no home is known */
    static Path folder(Map<String, String> environment, String home) {
        String chosen = environment.get(VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            return chosen.strip().equalsIgnoreCase("off") ? null : Path.of(chosen.strip());
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        // the XDG Base Directory specification: a relative path is invalid and must be ignored
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "kasuhara", "rules");
        }
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "kasuhara", "rules");
    }
}
