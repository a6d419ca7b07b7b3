// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.report.internal;

import org.kasuhara.model.Channel;
import org.kasuhara.cases.report.ReportLanguage;

/** Names of intake channels in the report's language. */
final class ChannelNames {
    private ChannelNames() {
    }

    static String of(Channel channel, ReportLanguage language) {
        if (channel == null) {
            return null;
        }
        return switch (channel) {
            case PHONE -> language.of("電話", "Phone");
            case VOICEMAIL -> language.of("留守番電話", "Voicemail");
            case EMAIL -> language.of("メール", "E-mail");
            case WEB_FORM -> language.of("ウェブフォーム", "Web form");
            case IN_PERSON -> language.of("対面", "In person");
            case VISIT -> language.of("訪問", "Visit");
            case SNS -> language.of("SNS", "Social media");
            case LETTER -> language.of("手紙", "Letter");
            case CHAT -> language.of("チャット", "Chat");
        };
    }
}
