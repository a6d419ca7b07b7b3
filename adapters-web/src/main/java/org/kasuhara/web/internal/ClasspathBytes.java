// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Fixed resources served as they are, read once from the classpath. */
final class ClasspathBytes {
    private ClasspathBytes() {
    }

    /** @return the resource's bytes @throws IllegalStateException when it is missing */
    static byte[] read(String path) {
        try (InputStream in = ClasspathBytes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
