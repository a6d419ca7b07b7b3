// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cases.webhooks;

import java.util.Optional;

/** What a webhook tells: the {@code type} of its payload. */
public enum WebhookEventType {
    /** 判定済み: a case was stored and assessed (again for each later assessment). */
    CASE_ASSESSED("case.assessed"),
    /** 報告期限: today is the last day to report the case to the organisation (three business days). */
    CASE_DUE("case.due"),
    /** 期限超過: the report is overdue (the day after the deadline, still not reported). */
    CASE_OVERDUE("case.overdue"),
    /** 報告済み: the case was reported to the organisation. */
    CASE_REPORTED("case.reported"),
    /** 終了: the case was closed. */
    CASE_CLOSED("case.closed");

    private final String type;

    WebhookEventType(String type) {
        this.type = type;
    }

    /** @return the payload's {@code type}, e.g. {@code case.assessed} */
    public String type() {
        return type;
    }

    /**
     * @param type a payload type such as {@code case.closed}
     * @return the event type, or empty when there is none of that name
     */
    public static Optional<WebhookEventType> of(String type) {
        for (WebhookEventType t : values()) {
            if (t.type.equals(type)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
