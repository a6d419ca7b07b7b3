// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, for the browser tests. In CI ({@code CI=true}) a missing browser fails the build; on a
 * developer machine the tests are skipped with a message saying what they need.
 */
final class Chromium implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("KASUHARA_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Chromium is missing at " + chromium + ": CI must run the browser tests (.ci/run installs it)");
            }
            Assumptions.abort("browser tests skipped: no Chromium at " + chromium
                    + " (apt-get install chromium, or set KASUHARA_CHROMIUM)");
        }
        Files.createDirectories(SCREENSHOTS);
        Playwright playwright = Playwright.create();
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start
        return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage"))));
    }

    /**
     * @param width  viewport width in CSS pixels
     * @param height viewport height
     * @return a page in a new context (Japanese locale, downloads accepted); close it with {@code page.context()}
     */
    Page page(int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("ja-JP").setAcceptDownloads(true)).newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** Closes the browser and the server, either of which may be missing when launching failed. */
    static void closeAll(Chromium chromium, TestServer server) {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * Presses Tab until the element with this id has the focus.
     *
     * @param presses the most Tab presses allowed before the test fails (the element is not reachable)
     */
    static void tabTo(Page page, String id, int presses) {
        tabUntil(page, "document.activeElement && document.activeElement.id", id, presses, "#" + id);
    }

    /** Presses Tab until the focused element's text is {@code text} (a link); at most {@code presses} times. */
    static void tabToText(Page page, String text, int presses) {
        tabUntil(page, "document.activeElement && document.activeElement.textContent", text, presses,
                "the link " + text);
    }

    private static void tabUntil(Page page, String script, String expected, int presses, String what) {
        for (int i = 0; i < presses; i++) {
            if (expected.equals(page.evaluate(script))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail(what + " cannot be reached with the Tab key");
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Fails when axe-core finds a serious or critical accessibility violation on the page as it is now. */
    static void assertAccessible(Page page, String what) {
        List<Rule> violations = new AxeBuilder(page).analyze().getViolations();
        List<String> grave = violations.stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList())
                .toList();
        assertThat(grave).as("serious or critical axe-core violations on " + what).isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
