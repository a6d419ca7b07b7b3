// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of a rule set: DRL, the policy, a lexicon.
 *
 * @param path    the path inside the rule set, with {@code /} separators, e.g. {@code signals/time.drl}
 * @param content the file's bytes (UTF-8 text)
 */
public record RuleFile(String path, byte[] content) {
    /** Checks the fields. */
    public RuleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        content = content.clone();
    }

    /** @return the content as UTF-8 text */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleFile f && f.path.equals(path) && java.util.Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "RuleFile[" + path + ", " + content.length + " bytes]";
    }
}
