// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kasuhara.testing.ConsoleCapture;

/**
 * Personal data never reaches a log or a URL: everything written to standard output and error (where
 * slf4j-simple and Jetty log) while forms and API calls with a name, phone, e-mail and text are handled, failures
 * included, is captured and searched; every address the client was sent to is checked.
 */
class LogPrivacyTest {
    @Test
    void nameContactDetailsAndTextAppearInNoLogAndNoUrl() throws Exception {
        String log = ConsoleCapture.of(() -> {
            try (TestServer server = new TestServer()) {
                Http http = server.http();
                HttpResponse<String> polite = http.submitForm(ReceptionFormTest.fields(Samples.POLITE));
                HttpResponse<String> threat = http.submitForm(ReceptionFormTest.fields(Samples.THREAT));
                Map<String, String> invalid = ReceptionFormTest.fields(Samples.POLITE);
                invalid.put("email", "not-an-address 佐藤花子");
                http.submitForm(invalid);
                http.postJson("/api/v1/cases", TestServer.ACME_KEY, Samples.caseJson("LOG-1", null, Samples.THREAT));
                http.postJson("/api/v1/cases", TestServer.ACME_KEY,
                        Samples.caseJson("LOG-2", null, "x").replace("\"EMAIL\", \"start\"", "\"FAX\", \"start\""));
                for (HttpResponse<String> r : List.of(polite, threat)) {
                    assertThat(r.uri().toString()).doesNotContain("佐藤", "hanako", "1234", "%E4");
                    assertThat(r.body()).contains("KH-");
                }
            }
        });
        assertThat(log).contains("KH-");
        assertThat(log).doesNotContain("佐藤花子", "hanako@example.jp", "03-1234-5678", "山田太郎", "taro.yamada",
                "090-0000-0001", "夜道", "ケーキ", "返金をお願いします");
    }

    @Test
    void staffHandlesReasonsAndCaseTextAppearInNoLogWhileStaffWork() throws Exception {
        String[] receipt = new String[1];
        String log = ConsoleCapture.of(() -> {
            try (TestServer server = new TestServer()) {
                Http http = server.http();
                String body = http.postJson("/api/v1/cases", TestServer.ACME_KEY,
                        Samples.caseJson("LOG-STAFF", null, Samples.THREAT)).body();
                receipt[0] = body.replaceAll("(?s).*\"receipt\":\"(KH-\\d+)\".*", "$1");
                String csrf = Http.csrf(http.get("/staff").body());
                http.postForm("/staff/login", Map.of("csrf", csrf, "key", TestServer.STAFF_KEY, "handle", "高橋みどり"));
                csrf = Http.csrf(http.get("/staff").body());
                http.postForm("/staff/case/" + receipt[0] + "/verdict", Map.of("csrf", csrf, "verdict",
                        "NEEDS_REVIEW", "reason", "山田太郎さんの録音を聞いた"));
                http.postForm("/staff/case/" + receipt[0] + "/verdict", Map.of("csrf", csrf, "verdict", "BOGUS"));
                http.postForm("/staff/case/" + receipt[0] + "/report", Map.of("csrf", csrf, "on", "not a day"));
                http.get("/staff/case/" + receipt[0] + "/report.pdf");
                http.get("/staff?q=" + receipt[0]);
                assertThat(server.store.auditLog(receipt[0])).anyMatch(e -> e.actor().equals("高橋みどり"));
            }
        });
        assertThat(log).contains(receipt[0]);
        assertThat(log).doesNotContain("高橋みどり", "山田太郎", "録音を聞いた", "taro.yamada", "090-0000-0001", "夜道");
    }
}
