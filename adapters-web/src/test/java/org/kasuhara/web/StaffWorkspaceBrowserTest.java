// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kasuhara.cases.store.CaseStatus;
import org.kasuhara.model.Verdict;

/**
 * A staff member's day in Chromium on a 1,300 px screen: 20 cases submitted through the API, all overdue; they log
 * in, filter the overdue cases, open one, read the marked evidence, correct the verdict, mark it reported and
 * download its report — by mouse, and again by keyboard alone. axe-core checks every page for serious or critical
 * violations. Screenshots go to {@code target/screenshots}.
 */
class StaffWorkspaceBrowserTest {
    private static TestServer server;
    private static Chromium chromium;
    private static final List<String> threats = new ArrayList<>();
    private Page page;

    @BeforeAll
    static void launch() throws Exception {
        chromium = Chromium.launch();
        // cases received Fri 2026-11-20 (due Thu 11-26); the counter works on Tue 12-01: every case is overdue
        Clock today = Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), ZoneOffset.UTC);
        server = new TestServer(Map.of(), today, today);
        Http api = server.http();
        for (int i = 0; i < 20; i++) {
            String text = i % 4 == 0 ? Samples.THREAT : Samples.POLITE;
            String body = api.postJson("/api/v1/cases", i % 2 == 0 ? TestServer.ACME_KEY : TestServer.SAKURA_KEY,
                    Samples.caseJson("B-" + i, null, text)).body();
            if (i % 4 == 0) {
                threats.add(body.replaceAll("(?s).*\"receipt\":\"(KH-\\d+)\".*", "$1"));
            }
        }
    }

    @AfterAll
    static void close() {
        Chromium.closeAll(chromium, server);
    }

    @BeforeEach
    void open() {
        page = chromium.page(1300, 900);
    }

    @AfterEach
    void closeContext() {
        page.context().close();
    }

    private void logIn(String handle) {
        page.navigate(server.uri("/staff").toString());
        Chromium.assertAccessible(page, "the login");
        page.getByLabel("アクセスキー").fill(TestServer.STAFF_KEY);
        page.getByLabel("担当者名（監査記録に残ります）").fill(handle);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
        page.waitForSelector("#cases");
    }

    @Test
    void aStaffMemberFiltersOverdueCasesCorrectsAVerdictMarksItReportedAndDownloadsTheReport() throws Exception {
        logIn("sato");
        assertThat((Number) page.evaluate("document.querySelector('#cases').getBoundingClientRect().width"))
                .as("the list uses the screen").matches(w -> w.doubleValue() > 1100);
        assertThat((Number) page.evaluate("Math.max(...[...document.querySelectorAll('#cases tbody td:first-child')]"
                + ".map(td => td.getBoundingClientRect().height))"))
                .as("receipt numbers stay on one line").matches(h -> h.doubleValue() < 45);
        assertThat(page.locator("#cases tbody").textContent()).doesNotContain("ASSESSED", "CUSTOMER_HARASSMENT");
        Chromium.assertAccessible(page, "the working list");
        Chromium.shot(page, "staff-list-ja");

        page.locator("#view-overdue").click();
        assertThat(page.locator("#view-overdue").getAttribute("aria-current")).isEqualTo("page");
        assertThat(page.locator("#view-overdue .count").textContent()).isEqualTo("20");
        page.getByLabel("判定", new Page.GetByLabelOptions().setExact(true)).selectOption(Verdict.CUSTOMER_HARASSMENT.name());
        page.locator("#apply-filters").click();
        assertThat(page.locator("#cases tbody tr").count()).isEqualTo(threats.size());
        Chromium.shot(page, "staff-list-overdue-harassment");

        String receipt = threats.get(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(receipt)).click();
        assertThat(page.locator("#contact-0 mark").count()).as("evidence marked in place").isGreaterThan(0);
        assertThat(page.locator("#police-checklist li").count()).isEqualTo(5);
        Chromium.assertAccessible(page, "the case page");
        Chromium.shot(page, "staff-case-ja");

        page.getByLabel("要確認").check();
        page.getByLabel("理由", new Page.GetByLabelOptions().setExact(true)).fill("録音では脅しの言葉が確認できず、本人への確認が必要");
        page.locator("#review-save").click();
        assertThat(page.locator("#notice").textContent()).contains("判定についての判断を保存しました");
        assertThat(page.locator("#review").textContent()).contains("判定を修正", "要確認", "sato");

        page.getByLabel("報告の方法").selectOption("PHONE");
        page.locator("#report-save").click();
        assertThat(page.locator("#status").textContent()).isEqualTo("報告済み");
        assertThat(page.locator("#audit").textContent()).contains("判定を修正", "組織へ報告", "sato");
        Chromium.assertAccessible(page, "the case page after the changes");
        Chromium.shot(page, "staff-case-corrected-reported");

        Download download = page.waitForDownload(() -> page.locator("#report-pdf").click());
        download.saveAs(Chromium.SCREENSHOTS.resolve(receipt + "-report.pdf"));
        assertThat(new String(Files.readAllBytes(download.path()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        var stored = server.store.find(receipt).orElseThrow();
        assertThat(stored.status()).isEqualTo(CaseStatus.REPORTED);
        assertThat(stored.latestReview().orElseThrow().staff()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(stored.latestAssessment().orElseThrow().assessment().verdict())
                .isEqualTo(Verdict.CUSTOMER_HARASSMENT);

        page.locator("#back").click();
        page.locator("#rules-link").click();
        assertThat(page.locator("#rules tbody tr").count()).isGreaterThan(10);
        Chromium.assertAccessible(page, "the compliance view");
        Chromium.shot(page, "staff-rules-ja");
    }

    @Test
    void theWholeFlowWorksWithTheKeyboardAlone() {
        page.navigate(server.uri("/staff").toString());
        tabTo("key");
        page.keyboard().type(TestServer.STAFF_KEY);
        tabTo("handle");
        page.keyboard().type("suzuki");
        page.keyboard().press("Enter");
        page.waitForSelector("#cases");
        tabTo("view-overdue");
        page.keyboard().press("Enter");
        page.waitForSelector("#view-overdue[aria-current=page]");
        String receipt = threats.get(1);
        tabToLink(receipt);
        page.keyboard().press("Enter");
        page.waitForSelector("#review-save");
        tabTo("review-customer-harassment");
        page.keyboard().press("ArrowUp");
        assertThat(page.isChecked("#review-needs-review")).as("arrow keys move within the radio group").isTrue();
        tabTo("review-reason");
        page.keyboard().type("本人の話を聞く必要がある");
        tabTo("review-save");
        page.keyboard().press("Enter");
        page.waitForSelector("#notice");
        Chromium.shot(page, "staff-keyboard");

        assertThat(server.store.find(receipt).orElseThrow().latestReview().orElseThrow().by()).isEqualTo("suzuki");
    }

    @Test
    void theAccessibilityCheckFailsOnAPageWithASeriousViolation() {
        page.setContent("<!DOCTYPE html><html lang=\"ja\"><head><title>t</title></head><body><main>"
                + "<input type=\"text\" id=\"unlabelled\"><img src=\"x.png\"></main></body></html>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Chromium.assertAccessible(page, "a broken page"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt").hasMessageContaining("label");
    }

    private void tabTo(String id) {
        Chromium.tabTo(page, id, 200);
    }

    private void tabToLink(String text) {
        Chromium.tabToText(page, text, 200);
    }
}
