// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Jetty's forwarded-header handling for the standalone server, on connections from a trusted proxy only: the scheme,
 * host and port come from {@code X-Forwarded-Proto}, {@code -Host} and {@code -Port}, so that behind a TLS proxy the
 * request is secure (and cookies {@code Secure}). The client's address is left to {@link ClientAddress}, which skips
 * the entries a client may have written itself (Jetty's handler would take the left-most); {@code Forwarded} is left
 * out for the same reason, since its {@code for=} would replace the address.
 */
public final class TrustedProxyCustomizer implements HttpConfiguration.Customizer {
    /** A header no proxy sends, to turn off the parts of Jetty's handler this class leaves to {@link ClientAddress}. */
    private static final String NONE = "X-Kasuhara-Not-Read";
    private final ClientAddress proxies;
    private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();

    /** @param trustedProxies the proxies' addresses, {@code *} for any peer (settings' {@code trustedProxies}) */
    public TrustedProxyCustomizer(List<String> trustedProxies) {
        this.proxies = new ClientAddress(trustedProxies);
        forwarded.setForwardedHeader(NONE);
        forwarded.setForwardedForHeader(NONE);
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        return proxies.trusts(Request.getRemoteAddr(request)) ? forwarded.customize(request, responseHeaders) : request;
    }
}
