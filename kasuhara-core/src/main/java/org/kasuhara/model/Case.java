// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A complaint case: the input contract v1 (docs/integration.md).
 *
 * @param id           unique per organisation (required; at most 200 printable characters)
 * @param receivedAt   when the case was received, with offset (required; from 2000 to November 2099)
 * @param channel      how the case reached the counter (required)
 * @param language     {@code "ja"} or {@code "en"}; {@code null} to detect from the text
 * @param organization the organisation the complaint is about, optional
 * @param site         branch or store, optional
 * @param matter       what it is about; contacts on one matter count as repeats
 * @param applicant    who complains; never {@code null} (unknown when absent)
 * @param demands      what the customer asks for
 * @param facts        what the organisation established; never {@code null} (unknown when absent)
 * @param contacts     calls, visits and messages, in any order
 * @param observations behaviours staff observed
 */
public record Case(String id, OffsetDateTime receivedAt, Channel channel, String language, String organization,
                   String site, String matter, Applicant applicant, List<Demand> demands, Facts facts,
                   List<Contact> contacts, List<Observation> observations) {

    private static final Pattern LANGUAGE = Pattern.compile("ja|en");
    /** The longest case id: the stores keep 200 characters. */
    public static final int MAX_ID_LENGTH = 200;
    /** The earliest receipt time the business-day calendar can count a report deadline from. */
    public static final OffsetDateTime EARLIEST = OffsetDateTime.parse("2000-01-01T00:00:00+09:00");
    /** The latest: the calendar's holidays end with 2099, and a deadline falls a few business days later. */
    public static final OffsetDateTime LATEST = OffsetDateTime.parse("2099-11-30T23:59:59+09:00");

    /** Checks required fields and copies the lists. */
    public Case {
        FieldViolation.identifier(id, "id", MAX_ID_LENGTH);
        FieldViolation.required(receivedAt, "receivedAt");
        FieldViolation.check(!receivedAt.isBefore(EARLIEST) && !receivedAt.isAfter(LATEST), "receivedAt",
                "must lie between 2000-01-01 and 2099-11-30 (the dates the business-day calendar covers), was year "
                        + receivedAt.getYear());
        FieldViolation.required(channel, "channel");
        FieldViolation.check(language == null || LANGUAGE.matcher(language).matches(), "language",
                "must be \"ja\" or \"en\" (or absent), was \"" + language + "\"");
        applicant = applicant == null ? Applicant.UNKNOWN : applicant;
        facts = facts == null ? Facts.UNKNOWN : facts;
        demands = copy(demands, "demands");
        contacts = copy(contacts, "contacts");
        observations = copy(observations, "observations");
    }

    private static <T> List<T> copy(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            FieldViolation.check(list.get(i) != null, field + "[" + i + "]", "must not be null");
        }
        return List.copyOf(list);
    }

    /**
     * Starts a builder, convenient in code and tests.
     *
     * @param id         the case id
     * @param receivedAt when it was received
     * @param channel    how it was received
     * @return a builder
     */
    public static CaseBuilder builder(String id, OffsetDateTime receivedAt, Channel channel) {
        return new CaseBuilder(id, receivedAt, channel);
    }
}
