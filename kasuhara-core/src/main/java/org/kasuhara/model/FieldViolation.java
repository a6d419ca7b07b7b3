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
}
