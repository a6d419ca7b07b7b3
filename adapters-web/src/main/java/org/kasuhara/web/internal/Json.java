// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kasuhara.json.KasuharaJson;

/** Writes JSON responses with the contract's mapper (ISO dates, no nulls). */
final class Json {
    private Json() {
    }

    static void write(HttpServletResponse response, Object value) throws IOException {
        byte[] body = KasuharaJson.mapper().writeValueAsBytes(value);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
