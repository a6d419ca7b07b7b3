// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStore;

/** A host application mounts the counter's servlets in its own container, under a context path of its choice. */
class EmbeddingTest {
    @Test
    void hostMountsTheCounterUnderItsOwnContextPath() throws Exception {
        Server host = new Server();
        ServerConnector connector = new ServerConnector(host);
        connector.setHost("127.0.0.1");
        host.addConnector(connector);
        ServletContextHandler app = new ServletContextHandler("/");
        app.addServlet(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.getWriter().write("host application");
            }
        }, "/*");
        try (CaseStore store = CaseStore.inMemory()) {
            KasuharaWeb web = KasuharaWeb.builder().store(store).engine(TestServer.engine())
                    .settings(WebSettings.of(Map.of("kasuhara.web.staffKey", AccessKeys.hash("k")))).build();
            ServletContextHandler counter = new ServletContextHandler("/kasuhara");
            counter.addServletContainerInitializer((classes, context) -> web.register(context));
            host.setHandler(new Handler.Sequence(counter, app));
            host.start();
            try {
                URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/kasuhara/");
                Http http = new Http(base);
                String form = http.get("/form").body();
                assertThat(form).contains("action=\"/kasuhara/form/confirm\"", "href=\"/kasuhara/static/kasuhara.css\"");
                assertThat(http.submitForm(ReceptionFormTest.fields(Samples.POLITE)).body()).contains("KH-00000001");
                assertThat(store.list(CaseQuery.all())).hasSize(1);
                assertThat(http.get("/api/v1/cases?due=all", "k").body()).contains("KH-00000001");
                assertThat(new Http(base.resolve("/")).get("/other").body()).isEqualTo("host application");
            } finally {
                host.stop();
            }
        }
    }
}
