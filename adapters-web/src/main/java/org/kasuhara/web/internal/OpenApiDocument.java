package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-written OpenAPI 3 document of {@code /api/v1}, kept beside the code and checked by the tests. */
final class OpenApiDocument {
    private static final byte[] DOCUMENT = load();

    private OpenApiDocument() {
    }

    static void write(HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setContentLength(DOCUMENT.length);
        response.getOutputStream().write(DOCUMENT);
    }

    private static byte[] load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/org/kasuhara/web/openapi.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
