// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kasuhara.model.Channel;
import org.kasuhara.cases.store.StoredCase;

/** The reception form over real HTTP (the browser tests do the same through Chromium). */
class ReceptionFormTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Map<String, String> fields(String text) {
        Map<String, String> f = new HashMap<>();
        f.put("anonymous", "no");
        f.put("name", "佐藤花子");
        f.put("phone", "03-1234-5678");
        f.put("email", "hanako@example.jp");
        f.put("place", "acme-foods/shinjuku-store");
        f.put("occurredAt", "2026-11-01T14:30");
        f.put("happened", text);
        f.put("requests", "返金をお願いします。");
        f.put("feedback", "yes");
        f.put("consent", "yes");
        return f;
    }

    @Test
    void formIsJapaneseByDefaultAndEnglishOnRequest() {
        Http http = server.http();
        String ja = http.get("/form").body();
        assertThat(ja).contains("<html lang=\"ja\">", "受付フォーム", "警察に通報します", "3 営業日以内",
                "進捗状況のお問い合わせにはお答えできません", "<label for=\"happened\">", "アクメ食品株式会社 新宿店");
        String en = http.get("/form?lang=en").body();
        assertThat(en).contains("<html lang=\"en\">", "Reception form", "reported to the police",
                "Acme Foods Co., Ltd. Shinjuku store");
    }

    @Test
    void sentFormIsStoredAsAWebFormCaseWithAReceipt() {
        HttpResponse<String> r = server.http().submitForm(fields(Samples.POLITE));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("受付完了", "受付番号");
        String receipt = r.body().replaceAll("(?s).*id=\"receipt\">(KH-\\d+)<.*", "$1");
        StoredCase stored = server.store.find(receipt).orElseThrow();
        assertThat(stored.caseData().channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(stored.organization()).isEqualTo("acme-foods");
        assertThat(stored.caseData().site()).isEqualTo("shinjuku-store");
        assertThat(stored.caseData().applicant().name()).isEqualTo("佐藤花子");
        assertThat(stored.caseData().applicant().wantsFeedback()).isTrue();
        assertThat(stored.caseData().demands().get(0).text()).isEqualTo("返金をお願いします。");
        assertThat(stored.originalText()).contains("\"occurredAt\":\"2026-11-01T14:30\"");
        assertThat(stored.latestAssessment()).isPresent();
    }

    @Test
    void threateningMessageIsNotAcceptedButKeptAsEvidenceAndFlaggedForPolice() {
        HttpResponse<String> r = server.http().submitForm(fields(Samples.THREAT));
        assertThat(r.body()).contains("このメッセージは受け付けられません", "警察に通報します", "id=\"not-accepted\"");
        String receipt = r.body().replaceAll("(?s).*id=\"receipt\">(KH-\\d+)<.*", "$1");
        StoredCase stored = server.store.find(receipt).orElseThrow();
        assertThat(stored.caseData().contacts().get(0).text()).isEqualTo(Samples.THREAT);
        assertThat(stored.latestAssessment().orElseThrow().assessment().accepted()).isFalse();
        assertThat(stored.latestAssessment().orElseThrow().assessment().policeReport()).isTrue();
    }

    @Test
    void missingFieldsAreNamedOnTheForm() {
        Http http = server.http();
        Map<String, String> f = fields("");
        f.put("place", "no-such-org");
        f.put("csrf", Http.csrf(http.get("/form").body()));
        String page = http.postForm("/form/confirm", f).body();
        assertThat(page).contains("id=\"errors\"", "「何があったか」を入力してください。", "対象の組織・店舗を一覧から選んでください。",
                "aria-invalid=\"true\" aria-errormessage=\"happened-error\"");
    }

    @Test
    void sendingTheSameConfirmationTwiceStoresOneCase() {
        Http http = server.http();
        Map<String, String> f = fields(Samples.POLITE);
        f.put("submission", "0f8fad5b-d9cb-469f-a165-70867728950e");
        HttpResponse<String> first = http.submitForm(f);
        HttpResponse<String> second = http.submitForm(f);
        String a = first.body().replaceAll("(?s).*id=\"receipt\">(KH-\\d+)<.*", "$1");
        String b = second.body().replaceAll("(?s).*id=\"receipt\">(KH-\\d+)<.*", "$1");
        assertThat(a).startsWith("KH-").isEqualTo(b);
    }
}
