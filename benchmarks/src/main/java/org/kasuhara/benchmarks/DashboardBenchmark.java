// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.web.AccessKeys;
import org.kasuhara.web.KasuharaServer;
import org.kasuhara.web.KasuharaWeb;
import org.kasuhara.web.WebSettings;

/**
 * The staff dashboard over a store of many cases (default 10,000, in the H2 file store, every one received and
 * assessed by the real engine): the wall time of each page a staff member opens — the whole list, each view, a
 * filter, a sort, the next page by cursor, a search and a case page — measured from a client on the same machine
 * (median and 95th percentile of 50 requests after 20 warm-up ones). Usage:
 * {@code java -cp benchmarks.jar org.kasuhara.benchmarks.DashboardBenchmark [cases] [dir]}.
 */
public final class DashboardBenchmark {
    private static final String KEY = "dashboard-benchmark-key-0123456789";
    private static final String[] TEXTS = {
        "昨日届いた商品が壊れていました。交換をお願いできますか。",
        "お前らの対応は最悪だ。土下座して謝れ。",
        "The delivery was late twice. Could you refund the shipping fee, please?",
        "担当者は夜道に気をつけろ。ただでは済まないぞ。",
    };

    private DashboardBenchmark() {
    }

    /**
     * @param args number of cases (default 10,000) and the H2 store folder (default: a new temporary folder)
     * @throws Exception when the store or the server fails
     */
    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("kasuhara-dashboard");
        TriageEngine engine = TriageEngine.builder().build();
        try (JdbcCaseStore store = JdbcCaseStore.h2(dir)) {
            if (store.count(org.kasuhara.cases.store.CaseQuery.all()) < cases) {
                long start = System.nanoTime();
                CaseIntake intake = new CaseIntake(store, engine);
                OffsetDateTime first = OffsetDateTime.parse("2026-10-01T09:00:00+09:00");
                for (int i = 0; i < cases; i++) {
                    OffsetDateTime at = first.plusMinutes(9L * i);
                    Case c = Case.builder("D-" + i, at, Channel.WEB_FORM)
                            .organization(i % 3 == 0 ? "sakura-rail" : "acme-foods", null)
                            .contact(new Contact(Channel.WEB_FORM, at, null, null, TEXTS[i % TEXTS.length], 0))
                            .build();
                    intake.receive(c, null);
                }
                System.out.printf("stored and assessed %,d cases in %.1f s%n", cases,
                        (System.nanoTime() - start) / 1e9);
            }
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("kasuhara.web.port", "0");
            settings.put("kasuhara.web.staffKey", AccessKeys.hash(KEY));
            settings.put("kasuhara.web.rateLimit.perMinute", "1000000");
            settings.put("kasuhara.web.rateLimit.burst", "1000000");
            try (KasuharaServer server = KasuharaServer.start(KasuharaWeb.builder().store(store).engine(engine)
                    .settings(WebSettings.of(settings)).build())) {
                measure(server.uri(), store);
            }
        }
    }

    private static void measure(URI base, JdbcCaseStore store) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String login = get(client, base, "/staff");
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(login);
        csrf.find();
        String form = "csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&key=" + KEY
                + "&handle=bench";
        String list = send(client, HttpRequest.newBuilder(base.resolve("/staff/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        Matcher next = Pattern.compile("id=\"next-page\" rel=\"next\" href=\"([^\"]+)\"").matcher(list);
        String nextPage = next.find() ? next.group(1).replace("&amp;", "&") : "/staff";
        String receipt = store.list(org.kasuhara.cases.store.CaseQuery.all().withLimit(1)).get(0).receipt();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("list, all, newest first", "/staff");
        pages.put("overdue", "/staff?view=overdue");
        pages.put("due within 7 days", "/staff?view=week");
        pages.put("verdict = harassment", "/staff?verdict=CUSTOMER_HARASSMENT");
        pages.put("police, organisation", "/staff?police=yes&org=acme-foods");
        pages.put("sorted by deadline", "/staff?sort=due");
        pages.put("next page (cursor)", nextPage);
        pages.put("search by receipt", "/staff?q=" + receipt);
        pages.put("case page", "/staff/case/" + receipt);
        System.out.printf("%-28s %10s %10s%n", "page", "median ms", "p95 ms");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            double[] ms = new double[50];
            for (int i = -20; i < ms.length; i++) {
                long start = System.nanoTime();
                get(client, base, page.getValue());
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf("%-28s %10.1f %10.1f%n", page.getKey(), ms[ms.length / 2], ms[(int) (ms.length * 0.95)]);
        }
    }

    private static String get(HttpClient client, URI base, String path) throws Exception {
        return send(client, HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    private static String send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }
}
