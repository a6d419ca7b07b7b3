// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Shows the counter's servlets, mounted under a path of the host's context, a request as if that path were their
 * context: their links and redirects start with the context path, and their paths are read after it.
 */
public final class MountPathFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private final String mount;

    /** @param mount the mount path, for example {@code /kasuhara} */
    public MountPathFilter(String mount) {
        this.mount = mount;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getContextPath() {
                return super.getContextPath() + mount;
            }

            @Override
            public String getServletPath() {
                String path = super.getServletPath();
                return path.startsWith(mount) ? path.substring(mount.length()) : path;
            }
        }, response);
    }
}
