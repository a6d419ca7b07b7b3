// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.engine.TriageEngine;

/** Hostile and careless API input (issue 14): every answer is JSON with the field or reason, never a 500 page. */
class ApiHostileInputTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Map.of("kasuhara.web.maxRequestBytes", "262144"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String key, byte[] body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri(path)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertJsonError(HttpResponse<String> r, int status, String... contains) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).startsWith("{").contains(contains).doesNotContain("Exception", "at org.", "<html");
    }

    @Test
    void deeplyNestedJsonAndHugeNumbersAreJson400s() throws Exception {
        String deep = "{\"id\":\"N-1\",\"x\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";
        assertJsonError(post("/api/v1/assess", TestServer.STAFF_KEY, deep.getBytes(StandardCharsets.UTF_8),
                "application/json"), 400, "\"error\"");
        String huge = Samples.caseJson("N-2", null, "返金してください").replace("\"language\": \"ja\",",
                "\"language\": \"ja\", \"demands\": [{\"type\": \"REFUND\", \"amountYen\": " + "9".repeat(2_000) + "}],");
        assertJsonError(post("/api/v1/assess", TestServer.STAFF_KEY, huge.getBytes(StandardCharsets.UTF_8),
                "application/json"), 400, "\"error\"");
    }

    @Test
    void yearsOutsideTheCalendarAndOverLongIdsAreJson400sWithTheField() throws Exception {
        String farFuture = Samples.caseJson("Y-1", null, "返金してください").replace("2026-11-20T10:12:00+09:00\", \"channel",
                "+99999-01-01T00:00:00Z\", \"channel");
        assertJsonError(post("/api/v1/assess", TestServer.STAFF_KEY, farFuture.getBytes(StandardCharsets.UTF_8),
                "application/json"), 400, "receivedAt");
        String longId = Samples.caseJson("L".repeat(300), null, "返金してください");
        assertJsonError(post("/api/v1/assess", TestServer.STAFF_KEY, longId.getBytes(StandardCharsets.UTF_8),
                "application/json"), 400, "\"id");
    }

    @Test
    void theStaffKeyCannotFileCasesForAnOrganisationThatDoesNotExist() throws Exception {
        byte[] nowhere = Samples.caseJson("O-1", "no-such-org", "返金してください").getBytes(StandardCharsets.UTF_8);
        assertJsonError(post("/api/v1/cases", TestServer.STAFF_KEY, nowhere, "application/json"), 400,
                "organization");
        assertThat(server.store.findByCaseId("no-such-org", "O-1")).isEmpty();
        byte[] known = Samples.caseJson("O-2", "acme-foods", "返金してください").getBytes(StandardCharsets.UTF_8);
        assertThat(post("/api/v1/cases", TestServer.STAFF_KEY, known, "application/json").statusCode()).isEqualTo(201);
    }

    @Test
    void aReSubmittedIdWithOtherContentIsSaidToDifferAndTheFirstIsKept() throws Exception {
        byte[] first = Samples.caseJson("D-1", null, "返金してください").getBytes(StandardCharsets.UTF_8);
        byte[] same = first.clone();
        byte[] other = Samples.caseJson("D-1", null, "やはり交換してください").getBytes(StandardCharsets.UTF_8);

        assertThat(post("/api/v1/cases", TestServer.ACME_KEY, first, "application/json").statusCode()).isEqualTo(201);
        HttpResponse<String> again = post("/api/v1/cases", TestServer.ACME_KEY, same, "application/json");
        HttpResponse<String> changed = post("/api/v1/cases", TestServer.ACME_KEY, other, "application/json");

        assertThat(again.body()).contains("\"resubmission\":true").doesNotContain("resubmissionDiffers");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("\"resubmission\":true", "\"resubmissionDiffers\":true");
        assertThat(server.store.findByCaseId("acme-foods", "D-1").orElseThrow().caseData().contacts().get(0).text())
                .isEqualTo("返金してください");
    }

    @Test
    void theDeclaredCharsetIsHonouredABomIsAcceptedAndInvalidUtf8IsRefused() throws Exception {
        String json = Samples.caseJson("E-1", null, "名前が違うので返金してください");
        HttpResponse<String> sjis = post("/api/v1/cases", TestServer.ACME_KEY,
                json.getBytes(Charset.forName("Windows-31J")), "application/json; charset=Shift_JIS");
        assertThat(sjis.statusCode()).as(sjis.body()).isEqualTo(201);
        assertThat(server.store.findByCaseId("acme-foods", "E-1").orElseThrow().caseData().contacts().get(0).text())
                .isEqualTo("名前が違うので返金してください");

        byte[] bom = ("\uFEFF" + Samples.caseJson("E-2", null, "返金してください")).getBytes(StandardCharsets.UTF_8);
        assertThat(post("/api/v1/cases", TestServer.ACME_KEY, bom, "application/json").statusCode()).isEqualTo(201);

        byte[] broken = Samples.caseJson("E-3", null, "返金XX").getBytes(StandardCharsets.UTF_8);
        int at = new String(broken, StandardCharsets.ISO_8859_1).indexOf("XX");
        broken[at] = (byte) 0xC3;
        broken[at + 1] = (byte) 0x28;
        assertJsonError(post("/api/v1/cases", TestServer.ACME_KEY, broken, "application/json"), 400, "UTF-8");
        assertThat(server.store.findByCaseId("acme-foods", "E-3")).isEmpty();

        assertJsonError(post("/api/v1/cases", TestServer.ACME_KEY, json.getBytes(StandardCharsets.UTF_8),
                "application/json; charset=x-no-such-charset"), 415, "charset");
    }

    @Test
    void aCaseOnWhichTheRulesRunAwayFailsAloneAsJsonAndIsKeptForLater(@TempDir Path rules) throws Exception {
        for (RuleFile file : RuleSource.defaults().files()) {
            Path path = rules.resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.write(path, file.content());
        }
        Files.writeString(rules.resolve("signals/runaway.drl"), TestRuleSets.runaway("ORG-LOOP",
                "ContactFact(channel == org.kasuhara.model.Channel.EMAIL)"));
        TriageEngine looping = TriageEngine.builder().rules(RuleSource.directory(rules)).build();
        try (TestServer broken = new TestServer(Map.of(), looping)) {
            byte[] body = Samples.caseJson("R-1", null, "返金してください").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(broken.uri("/api/v1/cases"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestServer.ACME_KEY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertJsonError(r, 500, "assessment_failed", "ORG-LOOP-1");
            assertThat(broken.store.findByCaseId("acme-foods", "R-1")).hasValueSatisfying(s ->
                    assertThat(s.status()).isEqualTo(CaseStatus.RECEIVED));
            assertThat(broken.http().get("/form").statusCode()).isEqualTo(200);
            assertThat(broken.store.list(CaseQuery.all())).hasSize(1);
        }
    }
}
