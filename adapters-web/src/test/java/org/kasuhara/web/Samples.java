// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

/** Cases for the tests, as JSON of contract v1. */
final class Samples {
    static final String THREAT = "お前らの窓口の対応は最悪だ。このまま放置するなら、ただでは済まないぞ。担当者は夜道に気をつけろ。";
    static final String POLITE = "昨日受け取った誕生日ケーキのプレートの名前が違っていました。代金3,000円を返金していただけますでしょうか。";

    private Samples() {
    }

    static String caseJson(String id, String organization, String text) {
        return """
                {"id": "%s", "receivedAt": "2026-11-20T10:12:00+09:00", "channel": "EMAIL", "language": "ja",
                 %s "applicant": {"anonymous": false, "name": "山田太郎", "phone": "090-0000-0001",
                 "email": "taro.yamada@example.jp", "wantsFeedback": true, "consentToShare": false},
                 "contacts": [{"channel": "EMAIL", "start": "2026-11-20T10:12:00+09:00", "text": "%s"}]}
                """.formatted(id, organization == null ? "" : "\"organization\": \"" + organization + "\",", text);
    }
}
