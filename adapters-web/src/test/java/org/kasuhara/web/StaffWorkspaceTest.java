// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.AuditAction;
import org.kasuhara.cases.store.AuditEntry;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.cases.store.MonthlyTotals;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.model.Action;
import org.kasuhara.model.ActionType;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Severity;
import org.kasuhara.model.Verdict;

/**
 * The staff's workspace over HTTP with the real engine: the working list (views, counts, filters, search, sort,
 * cursor pages), each case's page and reports, and the forms that act on a case — checked, CSRF-protected, audited
 * under the handle given at login, refused to organisations' keys, and never shown as enum names.
 */
class StaffWorkspaceTest {
    private static final Pattern RECEIPT_LINK = Pattern.compile("/staff/case/(KH-\\d+)\\?lang");
    private static TestServer server;
    private static final List<String> polite = new ArrayList<>();
    private static String threat;

    @BeforeAll
    static void start() {
        // the store's clock says Fri 2026-11-20 (received, due Thu 11-26, decisions made); the pages' Tue 11-24
        server = new TestServer(Map.of(), Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC),
                Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneOffset.UTC));
        Http api = server.http();
        threat = receipt(api.postJson("/api/v1/cases", TestServer.ACME_KEY,
                Samples.caseJson("WS-THREAT", null, Samples.THREAT)));
        for (int i = 0; i < 56; i++) {
            polite.add(receipt(api.postJson("/api/v1/cases", TestServer.ACME_KEY,
                    Samples.caseJson("WS-" + i, null, Samples.POLITE))));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String receipt(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return r.body().replaceAll("(?s).*\"receipt\":\"(KH-\\d+)\".*", "$1");
    }

    /** A client logged in with a key under a handle; returns the list page it lands on. */
    private static Http login(String key, String handle) {
        Http http = server.http();
        String csrf = Http.csrf(http.get("/staff").body());
        HttpResponse<String> in = http.postForm("/staff/login", Map.of("csrf", csrf, "key", key, "handle", handle));
        assertThat(in.statusCode()).isEqualTo(200);
        return http;
    }

    private static HttpResponse<String> post(Http http, String receipt, String action, Map<String, String> fields) {
        String csrf = Http.csrf(http.get("/staff").body());
        Map<String, String> all = new HashMap<>(fields);
        all.put("csrf", csrf);
        return http.postForm("/staff/case/" + receipt + "/" + action, all);
    }

    private static StoredCase stored(String receipt) {
        return server.store.find(receipt).orElseThrow();
    }

    @Test
    void staffCorrectTheVerdictMarkReportedAndCloseAndEveryStepIsAuditedUnderTheirHandle() {
        String receipt = polite.get(0);
        Http http = login(TestServer.STAFF_KEY, "sato");
        Verdict engine = stored(receipt).latestAssessment().orElseThrow().assessment().verdict();
        Verdict other = engine == Verdict.CUSTOMER_HARASSMENT ? Verdict.NEEDS_REVIEW : Verdict.CUSTOMER_HARASSMENT;

        HttpResponse<String> noReason = post(http, receipt, "verdict", Map.of("verdict", other.name(), "reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("システムと異なる判定には理由が必要です");
        assertThat(stored(receipt).reviews()).as("a refused form changes nothing").isEmpty();

        HttpResponse<String> corrected = post(http, receipt, "verdict", Map.of("verdict", other.name(),
                "reason", "<script>alert(1)</script> 録音を確認した"));
        assertThat(corrected.statusCode()).isEqualTo(200);
        assertThat(corrected.uri().getQuery()).contains("done=verdict");
        assertThat(corrected.body()).contains("判定についての判断を保存しました", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(stored(receipt).latestReview().orElseThrow()).satisfies(r -> {
            assertThat(r.staff()).isEqualTo(other);
            assertThat(r.engine()).isEqualTo(engine);
            assertThat(r.by()).isEqualTo("sato");
        });
        assertThat(stored(receipt).latestAssessment().orElseThrow().assessment().verdict()).isEqualTo(engine);

        assertThat(post(http, receipt, "report", Map.of("on", "2026-11-21", "method", "EMAIL")).statusCode())
                .as("a day after the store's today").isEqualTo(400);
        assertThat(post(http, receipt, "report", Map.of("on", "24/11/2026", "method", "EMAIL")).statusCode())
                .isEqualTo(400);
        assertThat(post(http, receipt, "report", Map.of("on", "2026-11-20", "method", "FAX")).statusCode())
                .isEqualTo(400);
        assertThat(stored(receipt).status()).isEqualTo(CaseStatus.ASSESSED);
        post(http, receipt, "report", Map.of("on", "2026-11-20", "method", "PHONE"));
        assertThat(stored(receipt).reportedOn()).hasToString("2026-11-20");
        assertThat(post(http, receipt, "report", Map.of("on", "2026-11-20")).statusCode())
                .as("reported twice").isEqualTo(409);
        post(http, receipt, "close", Map.of("outcome", "GAVE_UP"));
        assertThat(stored(receipt).status()).isEqualTo(CaseStatus.CLOSED);

        List<AuditEntry> audit = server.store.auditLog(receipt);
        assertThat(audit).extracting(AuditEntry::action).endsWith(AuditAction.VERDICT_CORRECTED,
                AuditAction.REPORTED, AuditAction.CLOSED);
        assertThat(audit.subList(audit.size() - 3, audit.size())).extracting(AuditEntry::actor).containsOnly("sato");
        String page = http.get("/staff/case/" + receipt).body();
        assertThat(page).contains("判定を修正", "組織へ報告", "sato").doesNotContain("id=\"report-save\"");
        MonthlyTotals totals = server.store.monthlyTotals(java.time.YearMonth.of(2026, 11), null);
        assertThat(totals.staffReviewed()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void actionsThatNeedAPersonAreConfirmedOrDeclinedFromTheCasePage() {
        Http http = login(TestServer.STAFF_KEY, "lead-tanaka");
        Action action = stored(threat).latestAssessment().orElseThrow().assessment().actions().stream()
                .filter(Action::humanConfirmation).findFirst().orElseThrow();
        String page = http.get("/staff/case/" + threat).body();
        assertThat(page).contains("id=\"confirm-" + action.type() + "\"", "人による確認が必要",
                "110番通報では次のことを伝えてください");

        HttpResponse<String> declined = post(http, threat, "action", Map.of("action", action.type().name(),
                "decision", "decline", "reason", "上長と相談"));

        assertThat(declined.body()).contains("対応についての判断を保存しました", "実施しない — lead-tanaka: 上長と相談");
        assertThat(stored(threat).decisionOn(action.type()).orElseThrow().confirmed()).isFalse();
        ActionType notRecommended = Stream.of(ActionType.values()).filter(t -> stored(threat).latestAssessment()
                .orElseThrow().assessment().actions().stream().noneMatch(a -> a.type() == t)).findFirst()
                .orElseThrow();
        assertThat(post(http, threat, "action", Map.of("action", notRecommended.name(), "decision", "confirm"))
                .statusCode()).isEqualTo(400);
        assertThat(post(http, threat, "action", Map.of("action", action.type().name(), "decision", "maybe"))
                .statusCode()).isEqualTo(400);
        assertThat(stored(threat).decisions()).hasSize(1);
    }

    @Test
    void organisationsReadTheirCasesButCannotActAndNoFormActsWithoutTheCsrfToken() {
        Http acme = login(TestServer.ACME_KEY, "acme-desk");
        String page = acme.get("/staff/case/" + polite.get(1)).body();
        assertThat(page).doesNotContain("id=\"review-save\"", "山田太郎").contains("共有に同意していないため");
        assertThat(post(acme, polite.get(1), "close", Map.of()).statusCode()).isEqualTo(403);
        assertThat(acme.get("/staff/rules").statusCode()).isEqualTo(403);

        Http staff = login(TestServer.STAFF_KEY, "sato");
        HttpResponse<String> forged = staff.postForm("/staff/case/" + polite.get(1) + "/close", Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = post(staff, polite.get(1), "delete", Map.of());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(stored(polite.get(1)).status()).isEqualTo(CaseStatus.ASSESSED);
        assertThat(staff.get("/staff/case/" + polite.get(1)).body()).contains("山田太郎")
                .as("staff see the applicant").contains("taro.yamada@example.jp");
    }

    @Test
    void theListPagesByCursorFiltersCountsAndFindsAReceipt() {
        Http http = login(TestServer.STAFF_KEY, "sato");
        Set<String> seen = new LinkedHashSet<>();
        String next = "/staff?lang=ja";
        int pages = 0;
        while (next != null && pages++ < 5) {
            String page = http.get(next).body();
            Matcher links = RECEIPT_LINK.matcher(page);
            int rows = 0;
            while (links.find()) {
                assertThat(seen.add(links.group(1))).as("no case on two pages").isTrue();
                rows++;
            }
            assertThat(rows).isLessThanOrEqualTo(50);
            Matcher more = Pattern.compile("id=\"next-page\" rel=\"next\" href=\"([^\"]+)\"").matcher(page);
            next = more.find() ? more.group(1).replace("&amp;", "&") : null;
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(57).contains(threat).containsAll(polite);
        assertThat(new ArrayList<>(seen).get(0)).as("newest first by default").isEqualTo(polite.get(55));

        String harassment = http.get("/staff?verdict=CUSTOMER_HARASSMENT&lang=en").body();
        assertThat(harassment).contains(threat).doesNotContain(polite.get(2) + "?");
        String overdue = http.get("/staff?view=overdue").body();
        assertThat(overdue).contains("id=\"view-overdue\" href=").contains("id=\"no-cases\"");
        String byDue = http.get("/staff?sort=due").body();
        assertThat(byDue).contains("aria-sort=\"ascending\"");
        assertThat(http.get("/staff?verdict=%3Cx%3E&after=bogus&sort=DROP&police=maybe&view=all").statusCode())
                .as("unknown filter values are ignored").isEqualTo(200);

        HttpResponse<String> found = http.get("/staff?q=" + Integer.parseInt(threat.substring(3)));
        assertThat(found.uri().getPath()).isEqualTo("/staff/case/" + threat);
        assertThat(http.get("/staff?q=KH-99999999").body()).contains("その受付番号の案件は見つかりません");
        assertThat(login(TestServer.SAKURA_KEY, "sakura").get("/staff?q=" + threat).body())
                .as("another organisation's receipt is not found").contains("見つかりません");
    }

    @Test
    void japanesePagesShowLabelsNeverTheLibrarysEnumNames() {
        Http http = login(TestServer.STAFF_KEY, "sato");
        Set<String> names = new LinkedHashSet<>();
        for (Class<? extends Enum<?>> type : List.of(Verdict.class, CaseStatus.class, Behaviour.class,
                Channel.class, Severity.class, ActionType.class)) {
            Stream.of(type.getEnumConstants()).map(Enum::name).filter(n -> n.length() > 3).forEach(names::add);
        }
        for (String path : List.of("/staff", "/staff/case/" + threat, "/staff/case/" + polite.get(3))) {
            String text = visibleText(http.get(path).body());
            assertThat(names).as(path).allSatisfy(n -> assertThat(text).doesNotContain(n));
        }
    }

    @Test
    void theCaseReportDownloadsAsPdfAndHtmlAndTheRulesPageListsTheLoadedRules() {
        Http http = login(TestServer.STAFF_KEY, "sato");
        HttpResponse<String> pdf = http.get("/staff/case/" + threat + "/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        HttpResponse<String> html = http.get("/staff/case/" + threat + "/report.html?lang=en");
        assertThat(html.headers().firstValue("Content-Disposition").orElseThrow()).contains(threat + "-en.html");
        assertThat(html.body()).contains(threat);
        assertThat(login(TestServer.SAKURA_KEY, "s").get("/staff/case/" + threat + "/report.pdf").statusCode())
                .isEqualTo(404);
        assertThat(http.get("/staff/case/" + threat + "/report.exe").statusCode()).isEqualTo(404);

        String rules = http.get("/staff/rules?lang=en").body();
        assertThat(rules).contains("id=\"rule-set\"", "KH-TXT-003", "confinementMinutes",
                "No reload since the counter started.");
    }

    @Test
    void aHostileHandleIsShownAsTextAndALongOneIsRefused() {
        Http http = login(TestServer.STAFF_KEY, "<img src=x onerror=alert(1)>");
        post(http, polite.get(4), "verdict", Map.of("verdict", "NEEDS_REVIEW", "reason", "確認"));
        String page = http.get("/staff/case/" + polite.get(4)).body();
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");

        Http other = server.http();
        String csrf = Http.csrf(other.get("/staff").body());
        assertThat(other.postForm("/staff/login", Map.of("csrf", csrf, "key", TestServer.STAFF_KEY, "handle",
                "x".repeat(41))).statusCode()).isEqualTo(400);
        assertThat(other.get("/staff").body()).contains("id=\"key\"").doesNotContain("id=\"cases\"");
    }

    /** The text a person reads: tags, attributes and the style sheet removed. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("(?s)<[^>]*>", " ");
    }
}
