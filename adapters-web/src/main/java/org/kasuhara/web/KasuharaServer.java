package org.kasuhara.web;

import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The standalone server: Jetty 12 serving a {@link KasuharaWeb} at the root, on the settings' bind address
 * (loopback by default) and port.
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
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(web.settings().bindAddress());
        connector.setPort(web.settings().port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, web.settings().maxRequestBytes()));
        context.addServletContainerInitializer((classes, servletContext) -> web.register(servletContext));
        server.setHandler(context);
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
