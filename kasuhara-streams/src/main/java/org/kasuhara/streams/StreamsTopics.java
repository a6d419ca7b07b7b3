// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import java.util.Objects;

/**
 * The topics the topology reads and writes.
 *
 * @param callEvents  CRM call events (JSON, one event a record), keyed by caller: {@code organization + "\0" +
 *                    caller}, or the caller alone when the CRM serves one organisation; or, with
 *                    {@link CallEventKey#CALL_ID}, unkeyed or keyed by anything else; read only
 * @param callAlerts  call alerts (JSON), keyed by call id; no caller number
 * @param cases       cases (Case v1 JSON); read only
 * @param assessments assessments (Assessment v1 JSON), keyed by case id
 * @param deadLetters records that could not be processed: the reason in the header {@code kasuhara.reason} and in
 *                    the value, with the source topic, partition and offset (the record itself is not copied: it
 *                    may hold personal data)
 */
public record StreamsTopics(String callEvents, String callAlerts, String cases, String assessments,
                            String deadLetters) {
    /** The default topic names. */
    public static final StreamsTopics DEFAULTS = new StreamsTopics("call-events", "call-alerts", "cases",
            "assessments", "kasuhara-dead-letters");

    /**
     * Checks the names.
     *
     * @throws IllegalArgumentException when a name is blank
     */
    public StreamsTopics {
        check("callEvents", callEvents);
        check("callAlerts", callAlerts);
        check("cases", cases);
        check("assessments", assessments);
        check("deadLetters", deadLetters);
    }

    private static void check(String field, String name) {
        Objects.requireNonNull(name, field);
        if (name.isBlank()) {
            throw new IllegalArgumentException(field + ": a topic name must not be blank");
        }
    }
}
