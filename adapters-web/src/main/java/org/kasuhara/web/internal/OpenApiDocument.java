// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The hand-written OpenAPI 3 document of {@code /api/v1}, kept beside the code and checked by the tests. */
final class OpenApiDocument {
    private static final byte[] DOCUMENT = ClasspathBytes.read("/org/kasuhara/web/openapi.json");

    private OpenApiDocument() {
    }

    static void write(HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setContentLength(DOCUMENT.length);
        response.getOutputStream().write(DOCUMENT);
    }
}
