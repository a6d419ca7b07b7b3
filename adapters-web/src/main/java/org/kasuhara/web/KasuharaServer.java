// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.kasuhara.web.internal.AssessLimit;
import org.kasuhara.web.internal.PerClientConnections;
import org.kasuhara.web.internal.SecurityHeaders;
import org.kasuhara.web.internal.TrustedProxyCustomizer;

/**
 * The standalone server: Jetty 12 serving a {@link KasuharaWeb} at the root, on the settings' bind address
 * (loopback by default) and port, with the probes {@code /healthz} (the process serves) and {@code /readyz} (rules
 * loaded, store answering) outside the rate limit. Behind a reverse proxy named trusted
 * ({@link WebSettings#trustedProxies()}), the client is the one its forwarded headers name and the scheme is the
 * proxy's.
 * <pre>
 * try (KasuharaServer server = KasuharaServer.start(web)) {
 *     System.out.println(server.uri().resolve("form"));
 *     server.join();
 * }
 * </pre>
 */
public final class KasuharaServer implements AutoCloseable {
    private final Server server;
    private final URI uri;

    private KasuharaServer(Server server, URI uri) {
        this.server = server;
        this.uri = uri;
    }

    /**
     * Starts a server.
     *
     * @param web the counter to serve
     * @return the running server
     * @throws IllegalStateException when it cannot start (the port is taken, for example)
     */
    public static KasuharaServer start(KasuharaWeb web) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("kasuhara-web");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // a client trickling a body is dropped (408) instead of holding a worker thread until the idle timeout
        http.setMinRequestDataRate(web.settings().minRequestBytesPerSecond());
        http.setMinResponseDataRate(web.settings().minRequestBytesPerSecond());
        if (!web.settings().trustedProxies().isEmpty()) {
            // from a trusted proxy: its scheme and host (a TLS proxy makes the request secure); the client for the
            // rate limit is the security filter's to find (X-Forwarded-For without the entries a client wrote)
            http.addCustomizer(new TrustedProxyCustomizer(web.settings().trustedProxies()));
        }
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(web.settings().bindAddress());
        connector.setPort(web.settings().port());
        connector.setIdleTimeout(web.settings().idleTimeoutMillis());
        connector.addBean(new PerClientConnections(web.settings().maxConnectionsPerClient()));
        server.addConnector(connector);
        server.setErrorHandler(SecurityHeaders.errorHandler());
        ServletContextHandler context = new ServletContextHandler("/");
        context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, web.settings().maxRequestBytes()));
        context.addServletContainerInitializer((classes, servletContext) -> {
            web.register(servletContext);
            servletContext.addServlet("kasuhara-probes", web.probes()).addMapping("/healthz", "/readyz");
        });
        // Bodies are read in full without holding a thread (a client trickling one holds only its connection), and only
        // those that declare a length within the limit: the rest reach the filter unread, which answers 411 or 413.
        long max = web.settings().maxRequestBytes();
        EagerContentHandler eager = new EagerContentHandler(AssessLimit.around(context,
                web.settings().maxConcurrentAssessments()));
        eager.include(request -> {
            long length = request.getLength();
            return length > 0 && length <= max;
        });
        server.setHandler(new SecurityHeaders(eager));
        server.setStopTimeout(5_000);
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                e.addSuppressed(ignored);
            }
            throw new IllegalStateException("cannot start the web server on " + web.settings().bindAddress() + ":"
                    + web.settings().port() + ": " + e.getMessage(), e);
        }
        String host = connector.getHost().contains(":") ? "[" + connector.getHost() + "]" : connector.getHost();
        return new KasuharaServer(server, URI.create("http://" + host + ":" + connector.getLocalPort() + "/"));
    }

    /** @return the server's root address, for example {@code http://127.0.0.1:8080/} */
    public URI uri() {
        return uri;
    }

    /**
     * Waits until the server stops.
     *
     * @throws InterruptedException when interrupted
     */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server, letting requests in progress finish for up to five seconds. */
    @Override
    public void close() {
        boolean interrupted = Thread.interrupted();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the web server", e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
