// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import java.util.Objects;

/**
 * Why a scenario file, or one scenario in it, cannot be used.
 *
 * @param file    the file's name as given
 * @param line    the line of the offending field (1-based), 0 when unknown
 * @param path    the field path, e.g. {@code scenarios[3].expect.verdict}; empty for the file as a whole
 * @param message what was expected, in plain words
 */
public record ScenarioProblem(String file, int line, String path, String message) {
    /** Checks the fields. */
    public ScenarioProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code file:line: path: message}, as editors and terminals link it */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
