// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kasuhara.json.KasuharaJson;

/**
 * {@code GET /api/v1/cases} pages with {@code limit} and the opaque {@code next} cursor (absent on the last page): every
 * case once, in receipt order, even when cases arrive between two pages; a bad limit or cursor is a 400 that names the
 * parameter.
 */
class ApiPagingTest {

    @Test
    void followingNextVisitsEveryCaseOnceEvenWhenCasesArriveBetweenPages() throws Exception {
        try (TestServer server = new TestServer()) {
            Http http = server.http();
            List<String> stored = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                stored.add(receipt(http, "PAGE-" + i));
            }
            List<String> seen = new ArrayList<>();
            JsonNode page = json(http.get("/api/v1/cases?due=all&limit=2", TestServer.ACME_KEY));
            assertThat(page.get("cases")).hasSize(2);
            stored.add(receipt(http, "PAGE-6"));          // arrives while the client pages
            while (true) {
                page.get("cases").forEach(c -> seen.add(c.get("receipt").asText()));
                if (!page.hasNonNull("next")) {
                    break;
                }
                String next = URLEncoder.encode(page.get("next").asText(), StandardCharsets.UTF_8);
                page = json(http.get("/api/v1/cases?due=all&limit=2&cursor=" + next, TestServer.ACME_KEY));
            }
            assertThat(seen).containsExactlyElementsOf(stored);
        }
    }

    @Test
    void aPageShorterThanTheLimitIsTheLast() throws Exception {
        try (TestServer server = new TestServer()) {
            Http http = server.http();
            receipt(http, "LAST-1");
            JsonNode page = json(http.get("/api/v1/cases?due=all", TestServer.ACME_KEY));
            assertThat(page.get("cases")).hasSize(1);
            assertThat(page.has("next")).as("no next on the last page").isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=1001", "limit=ten", "limit=", "cursor=KH-1", "cursor=x_2026-13-40",
        "cursor=KH-00000001_not-a-day"})
    void aBadLimitOrCursorIsRefusedByName(String parameter) throws Exception {
        try (TestServer server = new TestServer()) {
            HttpResponse<String> r = server.http().get("/api/v1/cases?due=all&" + parameter, TestServer.ACME_KEY);

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(json(r).at("/error/message").asText()).startsWith(parameter.substring(0,
                    parameter.indexOf('=')) + ":");
        }
    }

    private static String receipt(Http http, String id) throws Exception {
        HttpResponse<String> r = http.postJson("/api/v1/cases", TestServer.ACME_KEY,
                Samples.caseJson(id, null, Samples.POLITE));
        assertThat(r.statusCode()).isEqualTo(201);
        return json(r).get("receipt").asText();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return KasuharaJson.mapper().readTree(r.body());
    }
}
