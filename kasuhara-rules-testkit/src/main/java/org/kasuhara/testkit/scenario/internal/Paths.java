// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario.internal;

/** Field paths as people read them: {@code scenarios[3].given.contacts[0].end}. */
final class Paths {
    private Paths() {
    }

    static String join(String parent, String child) {
        if (parent.isEmpty() || child.isEmpty()) {
            return parent + child;
        }
        return child.startsWith("[") ? parent + child : parent + "." + child;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
