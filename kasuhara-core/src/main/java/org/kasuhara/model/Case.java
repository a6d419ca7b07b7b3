package org.kasuhara.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A complaint case: the input contract v1 (docs/integration.md).
 *
 * @param id           unique per organisation (required)
 * @param receivedAt   when the case was received, with offset (required)
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

    /** Checks required fields and copies the lists. */
    public Case {
        FieldViolation.requiredText(id, "id");
        FieldViolation.required(receivedAt, "receivedAt");
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
