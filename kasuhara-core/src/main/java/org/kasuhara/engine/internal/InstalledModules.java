// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.kasuhara.engine.spi.RuleModule;

/** The {@link RuleModule}s on the class path, found once through {@link ServiceLoader}. */
final class InstalledModules {
    private static final List<RuleModule> FOUND = load();

    private InstalledModules() {
    }

    static List<RuleModule> all() {
        return FOUND;
    }

    /**
     * @param modules modules to compile with
     * @return them by folder
     * @throws IllegalArgumentException when two claim one folder, or a folder is blank or nested
     */
    static Map<String, RuleModule> byFolder(List<RuleModule> modules) {
        Map<String, RuleModule> byFolder = new HashMap<>();
        for (RuleModule module : modules) {
            String folder = module.folder();
            if (folder == null || folder.isBlank() || folder.contains("/") || folder.equals("signals")
                    || folder.equals("verdict") || folder.equals("lexicons") || folder.equals("scenarios")) {
                throw new IllegalArgumentException("rule module " + module.getClass().getName()
                        + ": folder must be one plain name other than signals, verdict, lexicons and scenarios,"
                        + " was " + folder);
            }
            RuleModule other = byFolder.putIfAbsent(folder, module);
            if (other != null && other.getClass() != module.getClass()) {
                throw new IllegalArgumentException("rule modules " + other.getClass().getName() + " and "
                        + module.getClass().getName() + " both claim folder " + folder + "/");
            }
        }
        return byFolder;
    }

    private static List<RuleModule> load() {
        List<RuleModule> modules = new ArrayList<>();
        ServiceLoader.load(RuleModule.class, RuleModule.class.getClassLoader()).forEach(modules::add);
        byFolder(modules);
        return List.copyOf(modules);
    }
}
