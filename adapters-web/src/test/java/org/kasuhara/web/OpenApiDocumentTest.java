// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.web.internal.ApiServlet;
import org.kasuhara.web.internal.InboundServlet;

/** The served OpenAPI document parses, documents every route the server answers, and nothing else. */
class OpenApiDocumentTest {
    private static TestServer server;
    private static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        HttpResponse<String> r = server.http().get("/api/v1/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        doc = KasuharaJson.mapper().readTree(r.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void documentIsOpenApi3WithResolvableReferences() {
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.at("/info/title").asText()).isNotBlank();
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        List<String> documented = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(routes());
    }

    @Test
    void everyDocumentedRouteAnswersOnTheRunningServer() {
        Http http = server.http();
        for (String route : routes()) {
            String[] parts = route.split(" ");
            String path = "/api/v1" + parts[1].replace("{receipt}", "KH-99999999").replace("{month}", "2026-11")
                    .replace("{id}", "1")
                    .replace("{vendor}", "freshdesk");
            HttpResponse<String> r = parts[0].equals("GET") ? http.get(path, TestServer.STAFF_KEY)
                    : http.postJson(path, TestServer.STAFF_KEY, "{}");
            assertThat(r.body()).as(route).doesNotContain("no such route");
            assertThat(r.statusCode()).as(route).isIn(200, 400, 404);
        }
        assertThat(http.get("/api/v1/nothing", TestServer.STAFF_KEY).body()).contains("no such route");
        assertThat(http.postJson("/api/v1/cases/KH-1", TestServer.STAFF_KEY, "{}").body()).contains("no such route");
    }

    @Test
    void operationsNeedingAKeyDeclareTheirSecurity() {
        Map<String, Boolean> secured = new java.util.HashMap<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                secured.put(op.getKey().toUpperCase() + " " + path.getKey(), !op.getValue().get("security").isEmpty())));
        secured.forEach((route, isSecured) -> assertThat(isSecured).as(route).isEqualTo(!route.endsWith("openapi.json")));
    }

    private static List<String> routes() {
        List<String> routes = new ArrayList<>(ApiServlet.ROUTES);
        routes.addAll(InboundServlet.ROUTES);
        return routes;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getKey().equals("$ref")) {
                    refs.add(f.getValue().asText());
                } else {
                    collectRefs(f.getValue(), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
