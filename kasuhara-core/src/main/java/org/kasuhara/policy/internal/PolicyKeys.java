// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.policy.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.kasuhara.policy.PolicyBuilder;

/** The keys of a policy section and how each is applied. */
public final class PolicyKeys {
    /** Every policy setting, in the order of the policy file. */
    public static final List<String> KEYS = List.of("confinementMinutes", "confinementWarningMinutes", "repeatContacts", "repeatWindowDays",
            "sameClaimMinutes", "unfulfillableDemandRepeats", "exitRequestsBeforePolice", "offHoursStart",
            "offHoursEnd", "excessiveDemandRatio", "toneMarkers", "reportBusinessDays", "zone",
            "closures");

    private PolicyKeys() {
    }

    static void apply(PolicyBuilder b, LocalTime[] offHours, Setting setting) {
        JsonToken token = setting.token();
        String text = setting.text();
        switch (setting.key()) {
            case "confinementMinutes" -> b.confinementMinutes(integer(token, text));
            case "confinementWarningMinutes" -> b.confinementWarningMinutes(integer(token, text));
            case "repeatContacts" -> b.repeatContacts(integer(token, text));
            case "repeatWindowDays" -> b.repeatWindowDays(integer(token, text));
            case "sameClaimMinutes" -> b.sameClaimMinutes(integer(token, text));
            case "unfulfillableDemandRepeats" -> b.unfulfillableDemandRepeats(integer(token, text));
            case "exitRequestsBeforePolice" -> b.exitRequestsBeforePolice(integer(token, text));
            case "excessiveDemandRatio" -> b.excessiveDemandRatio(integer(token, text));
            case "toneMarkers" -> b.toneMarkers(integer(token, text));
            case "reportBusinessDays" -> b.reportBusinessDays(integer(token, text));
            case "offHoursStart" -> offHours[0] = time(token, text);
            case "offHoursEnd" -> offHours[1] = time(token, text);
            case "zone" -> b.zone(ZoneId.of(text(token, text, "a time-zone id such as Asia/Tokyo")));
            case "closures" -> b.closure(text(token, text, "a date, a range or a yearly range such as 12-29..01-03"));
            default -> throw new IllegalArgumentException("unknown key; expected one of " + KEYS);
        }
    }

    private static int integer(JsonToken token, String text) {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException("expected a whole number, was " + describe(token, text));
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number, was " + text);
        }
    }

    private static LocalTime time(JsonToken token, String value) {
        String text = text(token, value, "a time of day such as \"22:00\"");
        try {
            return LocalTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("expected a time of day such as \"22:00\", was \"" + text + "\"");
        }
    }

    private static String text(JsonToken token, String text, String expected) {
        if (token != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("expected " + expected + ", was " + describe(token, text));
        }
        return text;
    }

    private static String describe(JsonToken token, String text) {
        return token.isScalarValue() ? "\"" + text + "\"" : "a nested structure";
    }
}
