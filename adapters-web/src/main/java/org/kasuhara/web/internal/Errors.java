// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.kasuhara.json.InputProblem;
import org.kasuhara.json.KasuharaJson;

/**
 * Error responses: JSON under {@code /api/} ({@code {"error": {"status", "code", "message", "problems": [{"path",
 * "message"}]}}}), a short plain page elsewhere. Messages never quote submitted values.
 */
final class Errors {
    private Errors() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String code,
            String message) throws IOException {
        send(request, response, status, code, message, List.of());
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String code,
            String message, List<InputProblem> problems) throws IOException {
        response.setStatus(status);
        if (isApi(request)) {
            Json.write(response, body(status, code, message, problems));
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(status + " " + message + "\n");
        }
    }

    /** The API's error body: {@code {"error": {"status", "code", "message", "problems"?}}}. */
    static ObjectNode body(int status, String code, String message, List<InputProblem> problems) {
        ObjectNode body = KasuharaJson.mapper().createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("status", status).put("code", code).put("message", message);
        if (!problems.isEmpty()) {
            ArrayNode list = error.putArray("problems");
            for (InputProblem p : problems) {
                list.addObject().put("path", p.path()).put("message", p.message());
            }
        }
        return body;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }
}
