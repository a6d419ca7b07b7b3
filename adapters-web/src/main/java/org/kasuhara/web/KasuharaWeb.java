// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.web.internal.ApiServlet;
import org.kasuhara.web.internal.DashboardServlet;
import org.kasuhara.web.internal.InboundServlet;
import org.kasuhara.web.internal.LeafletServlet;
import org.kasuhara.web.internal.MetricsServlet;
import org.kasuhara.web.internal.ProbeServlet;
import org.kasuhara.web.internal.ReceptionServlet;
import org.kasuhara.web.internal.SecurityFilter;
import org.kasuhara.web.internal.StaticServlet;
import org.kasuhara.web.internal.WebContext;

/**
 * The web counter as servlets a host mounts in its own Servlet 6 container, or that {@link KasuharaServer} runs:
 * <pre>
 * KasuharaWeb web = KasuharaWeb.builder().store(store).engine(engine).settings(settings).build();
 * // in a ServletContainerInitializer or a ServletContextListener of the host:
 * web.register(servletContext);
 * </pre>
 * Paths, relative to the context: {@code /form} (reception form), {@code /api/v1/*} (JSON API; helpdesk ticket
 * webhooks at {@code /api/v1/inbound/*}),
 * {@code /staff} (dashboard), {@code /leaflet.pdf}, {@code /static/*}, and {@code /metrics} (staff key) when
 * {@linkplain Builder#metrics metrics} are given; every one behind the security filter
 * (headers, rate limit, size limit). It takes the context's default servlet ({@code /}: a redirect to the form at
 * the root, 404 elsewhere), so mount it in a context of its own, for example {@code /kasuhara}.
 */
public final class KasuharaWeb {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KasuharaWeb.class);
    private final WebContext context;
    private final MetricsScrape metrics;

    private KasuharaWeb(WebContext context, MetricsScrape metrics) {
        this.context = context;
        this.metrics = metrics;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the settings in use */
    public WebSettings settings() {
        return context.settings();
    }

    /**
     * Registers the filter and servlets in a servlet context that is being initialised.
     *
     * @param servletContext the host's context, during its initialisation
     * @throws IllegalStateException when the context is already initialised (a container rule)
     */
    public void register(ServletContext servletContext) {
        List<Endpoint> endpoints = endpoints();
        for (Endpoint endpoint : endpoints) {
            ServletRegistration.Dynamic registration = servletContext.addServlet(endpoint.name(), endpoint.servlet());
            registration.addMapping(endpoint.urlPatterns().toArray(String[]::new));
        }
        FilterRegistration.Dynamic filter = servletContext.addFilter("kasuhara-security", securityFilter());
        filter.addMappingForServletNames(EnumSet.of(DispatcherType.REQUEST), false,
                endpoints.stream().map(Endpoint::name).toArray(String[]::new));
    }

    /**
     * The counter's servlets and their URL patterns, for hosts that register each servlet themselves (Spring Boot's
     * {@code ServletRegistrationBean}); {@link #register(ServletContext)} does it in one call. The patterns are
     * relative to the context; the static servlet's last two ({@code ""} and {@code "/"}) make it the context's
     * default servlet, which a host with a default servlet of its own leaves out. Each call makes new servlets:
     * register them once, each behind {@link #securityFilter()}.
     *
     * @return the servlets, in registration order
     */
    public List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>(List.of(
                new Endpoint("kasuhara-reception", new ReceptionServlet(context), List.of("/form", "/form/*")),
                new Endpoint("kasuhara-api", new ApiServlet(context), List.of("/api/v1/*")),
                new Endpoint("kasuhara-inbound", new InboundServlet(context), List.of("/api/v1/inbound/*")),
                new Endpoint("kasuhara-staff", new DashboardServlet(context), List.of("/staff", "/staff/*")),
                new Endpoint("kasuhara-leaflet", new LeafletServlet(context), List.of("/leaflet.pdf"))));
        if (metrics != null) {
            endpoints.add(new Endpoint("kasuhara-metrics", new MetricsServlet(context, metrics), List.of("/metrics")));
        }
        endpoints.add(new Endpoint("kasuhara-static", new StaticServlet(), List.of("/static/*", "", "/")));
        return List.copyOf(endpoints);
    }

    /**
     * The security filter (headers, rate limit, size limit) that must run in front of every servlet of
     * {@link #endpoints()}, on requests (not forwards or includes).
     *
     * @return a new filter
     */
    public Filter securityFilter() {
        return new SecurityFilter(context);
    }

    /** @return the probes {@code /healthz} and {@code /readyz} the standalone server mounts outside the filter */
    Servlet probes() {
        return new ProbeServlet(context);
    }

    /**
     * One servlet of the counter.
     *
     * @param name        the servlet's name, unique in a context
     * @param servlet     the servlet
     * @param urlPatterns its URL patterns, relative to the context
     */
    public record Endpoint(String name, Servlet servlet, List<String> urlPatterns) {
        /** Checks the fields and copies the patterns. */
        public Endpoint {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(servlet, "servlet");
            urlPatterns = List.copyOf(urlPatterns);
        }
    }

    /** Builds a {@link KasuharaWeb}; the store and engine are required. */
    public static final class Builder {
        private CaseStore store;
        private TriageEngine engine;
        private WebSettings settings = key -> null;
        private Organisations organisations;
        private Clock clock = Clock.systemUTC();
        private MetricsScrape metrics;
        private org.kasuhara.calls.CallMonitor callMonitor;
        private org.kasuhara.calls.CallRecordEvents callRecords;
        private org.kasuhara.cases.webhooks.spi.WebhookOutbox webhooks;

        private Builder() {
        }

        /**
         * @param value the live call monitor that {@code POST /api/v1/call-events} feeds (staff key); without one
         *              that route answers 404. The host keeps ticking the monitor and subscribes its alert sinks.
         * @return this builder
         * @throws NullPointerException when {@code value} is null
         */
        public Builder callMonitor(org.kasuhara.calls.CallMonitor value) {
            this.callMonitor = Objects.requireNonNull(value, "callMonitor");
            return this;
        }

        /**
         * @param value a contact-centre platform's records as events, for example
         *              {@code JsonRecordMapper.of(SampleMappings.load("amazon-connect-ctr")).asEvents()}:
         *              {@code POST /api/v1/call-events} then takes that platform's records of finished calls, each fed
         *              to the {@linkplain #callMonitor monitor} as a started and an ended event, instead of the
         *              project's own call events
         * @return this builder
         * @throws NullPointerException when {@code value} is null
         */
        public Builder callRecords(org.kasuhara.calls.CallRecordEvents value) {
            this.callRecords = Objects.requireNonNull(value, "callRecords");
            return this;
        }

        /**
         * @param value the webhook delivery log to show the staff key at {@code GET /api/v1/webhooks/deliveries}
         *              (the host runs the {@code WebhookDispatcher}); not shown when not set
         * @return this builder
         * @throws NullPointerException when {@code value} is null
         */
        public Builder webhooks(org.kasuhara.cases.webhooks.spi.WebhookOutbox value) {
            this.webhooks = Objects.requireNonNull(value, "webhooks");
            return this;
        }

        /**
         * @param value the meters to serve at {@code /metrics} to the staff key; none when not set
         * @return this builder
         * @throws NullPointerException when {@code value} is null
         */
        public Builder metrics(MetricsScrape value) {
            this.metrics = Objects.requireNonNull(value, "metrics");
            return this;
        }

        /**
         * @param value where cases are kept (the host closes it)
         * @return this builder
         * @throws NullPointerException when {@code value} is null
         */
        public Builder store(CaseStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * @param value the triage engine, for example a watching one
         * @return this builder
         * @throws NullPointerException when {@code value} is null
         */
        public Builder engine(TriageEngine value) {
            this.engine = Objects.requireNonNull(value, "engine");
            return this;
        }

        /**
         * @param value the settings (defaults for every key not given)
         * @return this builder
         * @throws NullPointerException when {@code value} is null
         */
        public Builder settings(WebSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /**
         * @param value the organisations, instead of the settings' file or the demonstration list
         * @return this builder
         * @throws NullPointerException when {@code value} is null
         */
        public Builder organisations(Organisations value) {
            this.organisations = Objects.requireNonNull(value, "organisations");
            return this;
        }

        /**
         * @param value the clock for receipt times (tests)
         * @return this builder
         * @throws NullPointerException when {@code value} is null
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @return the counter
         * @throws IllegalStateException when the store or engine is missing
         * @throws IllegalArgumentException when a setting or the organisations file is invalid
         */
        public KasuharaWeb build() {
            if (store == null || engine == null) {
                throw new IllegalStateException("KasuharaWeb needs a store and an engine");
            }
            Organisations orgs = organisations != null ? organisations
                    : settings.organisationsFile() != null ? Organisations.read(settings.organisationsFile())
                    : Organisations.demo();
            settings.maxRequestBytes();
            settings.ratePerMinute();
            settings.trustedProxies();
            if (settings.get("trustedProxy") != null && !settings.get("trustedProxy").isBlank()) {
                LOG.warn("{}trustedProxy は非推奨です。{}trustedProxies を使ってください（true は * と同じ）"
                        + " / is deprecated: set {}trustedProxies instead (true means *)", WebSettings.PREFIX,
                        WebSettings.PREFIX, WebSettings.PREFIX);
            }
            settings.staffKeyHashes();
            orgs.all().forEach(o -> settings.apiKeyHashes(o.id()));
            WebContext context = new WebContext(store, engine, settings, orgs, clock);
            context.callMonitor(callMonitor);
            context.callRecords(callRecords);
            if (webhooks != null) {
                context.webhooks(webhooks);
            }
            return new KasuharaWeb(context, metrics);
        }
    }
}
