// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The staff dashboard: behind a key or a login, scoped to the organisation, with due dates and the chart. */
class DashboardTest {
    private static TestServer server;
    private static String acmeReceipt;

    @BeforeAll
    static void start() {
        // received on Fri 2026-11-20 (due Thu 11-26), looked at on 2026-12-10
        server = new TestServer(Map.of(), Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC),
                Clock.fixed(Instant.parse("2026-12-10T01:00:00Z"), ZoneOffset.UTC));
        String body = server.http().postJson("/api/v1/cases", TestServer.ACME_KEY,
                Samples.caseJson("DASH-1", null, Samples.THREAT)).body();
        acmeReceipt = body.replaceAll("(?s).*\"receipt\":\"(KH-\\d+)\".*", "$1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withoutAKeyOnlyTheLoginIsShown() {
        HttpResponse<String> r = server.http().get("/staff/case/" + acmeReceipt);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("アクセスキー").doesNotContain("夜道", acmeReceipt);
    }

    @Test
    void wrongKeyAtLoginIsRefusedAndRightKeyOpensASessionUntilLogout() {
        Http http = server.http();
        String csrf = Http.csrf(http.get("/staff").body());
        HttpResponse<String> wrong = http.postForm("/staff/login", Map.of("csrf", csrf, "key", "guess", "handle", "sato"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("アクセスキーまたは担当者名が正しくありません");
        HttpResponse<String> noHandle = http.postForm("/staff/login", Map.of("csrf", csrf, "key",
                TestServer.STAFF_KEY, "handle", " \u0007 "));
        assertThat(noHandle.statusCode()).as("a handle is needed for the audit log").isEqualTo(400);
        HttpResponse<String> in = http.postForm("/staff/login", Map.of("csrf", csrf, "key", TestServer.STAFF_KEY,
                "handle", "sato"));
        assertThat(in.body()).contains("id=\"cases\"", acmeReceipt);
        http.postForm("/staff/logout", Map.of("csrf", Http.csrf(in.body())));
        assertThat(http.get("/staff").body()).doesNotContain(acmeReceipt).contains("アクセスキー");
    }

    @Test
    void listShowsVerdictPoliceFlagOverdueDeadlineAndTheMonthsChart() {
        String page = server.http().get("/staff?lang=en", TestServer.STAFF_KEY).body();
        assertThat(page).contains(acmeReceipt, "Customer harassment", "2026-11-26 (overdue)", "nowrap overdue",
                "<svg class=\"chart\" role=\"img\"", "This month by verdict");
    }

    @Test
    void anOrganisationSeesOnlyItsOwnCasesOnTheDashboard() {
        assertThat(server.http().get("/staff", TestServer.SAKURA_KEY).body()).doesNotContain(acmeReceipt);
        assertThat(server.http().get("/staff/case/" + acmeReceipt, TestServer.SAKURA_KEY).statusCode())
                .isEqualTo(404);
        String own = server.http().get("/staff/case/" + acmeReceipt, TestServer.ACME_KEY).body();
        assertThat(own).contains("<mark title=\"KH-", "id=\"not-accepted\"");
    }
}
