// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counter as a person uses it: Debian's Chromium (headless) fills in and sends the form in Japanese and in
 * English, by mouse and by keyboard alone, sees the receipt or the "not accepted" notice, and a staff member logs
 * in to the dashboard. Screenshots go to {@code target/screenshots}. In CI ({@code CI=true}) a missing browser
 * fails the build; on a developer machine these tests are skipped with a message.
 */
class BrowserTest {
    private static TestServer server;
    private static Chromium chromium;
    private Page page;

    @BeforeAll
    static void launch() throws Exception {
        chromium = Chromium.launch();
        server = new TestServer();
    }

    @AfterAll
    static void close() {
        Chromium.closeAll(chromium, server);
    }

    @BeforeEach
    void open() {
        page = chromium.page(390, 844);
    }

    @AfterEach
    void closeContext() {
        page.context().close();
    }

    private String url(String path) {
        return server.uri(path).toString();
    }

    private void shot(String name) {
        Chromium.shot(page, name);
    }

    @Test
    void japaneseFormIsFilledInConfirmedAndSentAndShowsTheReceipt() {
        page.navigate(url("/form"));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ja");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling on a phone").isTrue();
        assertThat((Number) page.evaluate("[...document.querySelectorAll('input:not([type=hidden]),select,textarea')]"
                + ".filter(e => !e.labels || e.labels.length === 0).length")).as("every field has a label")
                .isEqualTo(0);
        shot("form-ja-mobile");
        Chromium.assertAccessible(page, "the reception form");
        page.getByLabel("名前を伝える").check();
        page.getByLabel("お名前").fill("佐藤花子");
        page.getByLabel("メールアドレス").fill("hanako@example.jp");
        page.getByLabel("対象の組織・店舗").selectOption("acme-foods/shinjuku-store");
        page.getByLabel("問題があった日時").fill("2026-11-01T14:30");
        page.getByLabel("何があったか").fill(Samples.POLITE);
        page.getByLabel("ご要望").fill("返金をお願いします。");
        page.getByLabel("回答を希望する").check();
        page.getByLabel("申し出の内容と連絡先を組織に伝えることに同意します").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("入力内容を確認する")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("入力内容の確認");
        assertThat(page.locator("#review-happened").textContent()).isEqualTo(Samples.POLITE);
        shot("confirm-ja");
        Chromium.assertAccessible(page, "the confirmation page");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送信する")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("受付完了");
        assertThat(page.locator("#receipt").textContent()).matches("KH-\\d{8}");
        shot("receipt-ja");
        Chromium.assertAccessible(page, "the receipt page");
    }

    @Test
    void theBundledJapaneseFontLoadsInTheBrowserSoPagesNeedNoMachineFont() {
        page.navigate(url("/form"));

        Object loaded = page.evaluate("async () => (await document.fonts.load('16px \"Kasuhara Japanese\"', "
                + "'受付フォーム')).map(f => f.family + ':' + f.status)");
        Object range = page.evaluate("[...document.fonts].find(f => f.family.includes('Kasuhara')).unicodeRange");

        assertThat(loaded).asString().contains("Kasuhara Japanese:loaded");
        assertThat(range).asString().as("Latin text never downloads the 6 MB font").contains("U+3000-30FF")
                .doesNotContain("U+0-", "U+20-", "U+0020");
    }

    @Test
    void englishFormIsReachedByTheLanguageToggleAndSent() {
        page.navigate(url("/form"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Switch to English")).click();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        page.getByLabel("Stay anonymous").check();
        page.getByLabel("Organisation and branch").selectOption("sakura-rail/central-station");
        page.getByLabel("What happened").fill("The ticket machine took my money and gave no ticket. "
                + "Could you refund the 500 yen, please?");
        page.getByLabel("No answer needed").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review my message")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Review your message");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Received");
        assertThat(page.locator("#receipt").textContent()).matches("KH-\\d{8}");
        shot("receipt-en");
    }

    /** Fills in the Japanese form anonymously with a threatening message, confirms and sends it. */
    private void sendAnonymousThreat() {
        page.navigate(url("/form"));
        page.getByLabel("匿名で申し出る").check();
        page.getByLabel("対象の組織・店舗").selectOption("acme-foods");
        page.getByLabel("何があったか").fill(Samples.THREAT);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("入力内容を確認する")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送信する")).click();
    }

    @Test
    void threateningMessageShowsTheNotAcceptedNotice() {
        sendAnonymousThreat();
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("このメッセージは受け付けられません",
                "警察に通報します");
        assertThat(page.locator("#receipt").textContent()).matches("KH-\\d{8}");
        shot("not-accepted-ja");
        Chromium.assertAccessible(page, "the not-accepted notice");
    }

    @Test
    void formCanBeFilledInAndSentWithTheKeyboardAlone() {
        page.navigate(url("/form"));
        tabTo("anonymous-no");
        page.keyboard().press("ArrowDown");
        assertThat(page.isChecked("#anonymous-yes")).isTrue();
        tabTo("place");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertThat(page.inputValue("#place")).isNotEmpty();
        tabTo("happened");
        page.keyboard().type("商品が壊れていました。交換をお願いします。");
        tabTo("consent");
        page.keyboard().press("Space");
        tabTo("next");
        page.keyboard().press("Enter");
        page.waitForSelector("#send");
        tabTo("send");
        page.keyboard().press("Enter");
        page.waitForSelector("#receipt");
        assertThat(page.locator("#receipt").textContent()).matches("KH-\\d{8}");
        shot("receipt-keyboard");
    }

    @Test
    void staffLogInAndSeeTheCaseWithItsFindingsMarked() {
        sendAnonymousThreat();
        String receipt = page.locator("#receipt").textContent();
        page.navigate(url("/staff"));
        page.getByLabel("アクセスキー").fill(TestServer.STAFF_KEY);
        page.getByLabel("担当者名（監査記録に残ります）").fill("sato");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
        assertThat(page.locator("svg.chart")).isNotNull();
        assertThat(page.locator("svg.chart title").textContent()).contains("カスタマーハラスメント");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the dashboard fits a phone; the table scrolls inside its own region").isTrue();
        shot("dashboard-ja");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(receipt)).click();
        assertThat(page.locator("#verdict").textContent()).startsWith("カスタマーハラスメント");
        assertThat(page.locator("#not-accepted").isVisible()).isTrue();
        assertThat(page.locator("#contact-0 mark").count()).isGreaterThan(0);
        shot("case-ja");
    }

    private void tabTo(String id) {
        Chromium.tabTo(page, id, 40);
    }
}
