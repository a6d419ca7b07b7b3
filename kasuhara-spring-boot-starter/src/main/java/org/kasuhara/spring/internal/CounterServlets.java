// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring.internal;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.List;
import org.kasuhara.web.KasuharaWeb;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Registers the counter's servlets under a mount path of the host's context, each with a
 * {@link ServletRegistrationBean}, behind the mount filter and the counter's security filter.
 */
public final class CounterServlets implements ServletContextInitializer {
    private final KasuharaWeb web;
    private final String mount;

    /**
     * @param web   the counter
     * @param mount the mount path: empty (the context's root) or {@code /} and a name without a trailing {@code /}
     * @throws IllegalArgumentException when the path has another form
     */
    public CounterServlets(KasuharaWeb web, String mount) {
        if (!mount.isEmpty() && !mount.matches("(/[A-Za-z0-9._~-]+)+")) {
            throw new IllegalArgumentException(
                    "kasuhara.web.path must be empty or like /kasuhara (no trailing /), was \"" + mount + "\"");
        }
        this.web = web;
        this.mount = mount;
    }

    @Override
    public void onStartup(ServletContext servletContext) throws ServletException {
        List<String> names = new ArrayList<>();
        for (KasuharaWeb.Endpoint endpoint : web.endpoints()) {
            List<String> patterns = new ArrayList<>();
            for (String pattern : endpoint.urlPatterns()) {
                if (pattern.isEmpty() || pattern.equals("/")) {
                    // the counter's default servlet: the mount path itself, never the host's own "/"
                    if (!mount.isEmpty()) {
                        patterns.add(mount + pattern);
                    }
                } else {
                    patterns.add(mount + pattern);
                }
            }
            ServletRegistrationBean<?> registration = new ServletRegistrationBean<>(endpoint.servlet(),
                    patterns.toArray(String[]::new));
            registration.setName(endpoint.name());
            registration.onStartup(servletContext);
            names.add(endpoint.name());
        }
        if (!mount.isEmpty()) {
            filter(new FilterRegistrationBean<>(new MountPathFilter(mount)), "kasuhara-mount", names)
                    .onStartup(servletContext);
        }
        filter(new FilterRegistrationBean<>(web.securityFilter()), "kasuhara-security", names)
                .onStartup(servletContext);
    }

    private static FilterRegistrationBean<?> filter(FilterRegistrationBean<?> registration, String name,
            List<String> servletNames) {
        registration.setName(name);
        registration.setServletNames(servletNames);
        return registration;
    }
}
