// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers on every answer, Jetty's own included: a handler in front of the counter's context sets them
 * on every response and refuses TRACE and TRACK (which would echo cookies and credentials), and an error handler sets
 * them on the answers Jetty writes itself (a malformed request line, a URI or headers too long).
 */
public final class SecurityHeaders extends Handler.Wrapper {
    /**
     * @param next the counter's context
     */
    public SecurityHeaders(Handler next) {
        super(next);
    }

    /** Sets the headers every answer of the counter carries. */
    static void set(HttpFields.Mutable headers) {
        SecurityFilter.HEADERS.forEach(headers::put);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        set(response.getHeaders());
        String method = request.getMethod();
        if ("TRACE".equals(method) || "TRACK".equals(method)) {
            response.setStatus(HttpStatus.METHOD_NOT_ALLOWED_405);
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST");
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            response.write(true, null, callback);
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** Jetty's error answers with the headers, and without stack traces or causes. */
    public static ErrorHandler errorHandler() {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
                set(fields);
                return super.badMessageError(status, reason, fields);
            }

            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                set(response.getHeaders());
                return super.handle(request, response, callback);
            }
        };
        handler.setShowStacks(false);
        handler.setShowCauses(false);
        return handler;
    }
}
