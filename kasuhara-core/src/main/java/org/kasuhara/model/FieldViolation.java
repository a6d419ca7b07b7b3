// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.model;

/**
 * A model value that breaks the contract: a required field missing, a negative amount, a contact that ends
 * before it starts. {@link #field()} names the field relative to the record that rejected it; readers prefix
 * the path of that record (e.g. {@code contacts[2].end}).
 */
public final class FieldViolation extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /**
     * Creates a violation.
     *
     * @param field  the offending field's name, relative to the record
     * @param reason what was expected, in plain words
     */
    public FieldViolation(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    /**
     * The offending field, relative to the record that rejected it.
     *
     * @return the field name
     */
    public String field() {
        return field;
    }

    /**
     * What was expected, without the field name.
     *
     * @return the reason
     */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new FieldViolation(field, "is required");
        }
        return value;
    }

    static void check(boolean condition, String field, String reason) {
        if (!condition) {
            throw new FieldViolation(field, reason);
        }
    }

    static String requiredText(String value, String field) {
        check(value != null && !value.isBlank(), field, "is required and must not be blank");
        return value;
    }

    /**
     * An identifier: required, at most {@code maxLength} characters, and printable — no control characters (which
     * would forge log lines or drive a terminal), line or paragraph separators, or lone surrogates. The message gives
     * the position, never the value, which may hold personal data.
     */
    static String identifier(String value, String field, int maxLength) {
        requiredText(value, field);
        check(value.length() <= maxLength, field, "must be at most " + maxLength + " characters, was "
                + value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
            check(!Character.isISOControl(c) && c != '\u2028' && c != '\u2029' && !lone, field,
                    "must not contain control characters, line breaks or lone surrogates (character " + (i + 1)
                            + " is U+" + String.format("%04X", (int) c) + ")");
        }
        return value;
    }
}
