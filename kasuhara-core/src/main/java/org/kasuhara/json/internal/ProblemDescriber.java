// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.List;
import org.kasuhara.model.FieldViolation;

/** Turns Jackson's exceptions into a field path and a plain message a person can act on. */
public final class ProblemDescriber {

    private ProblemDescriber() {
    }

    /**
     * A path and message for a binding or syntax error.
     *
     * @param error what Jackson threw
     * @return {@code [path, message]}
     */
    public static String[] describe(JsonProcessingException error) {
        if (!(error instanceof JsonMappingException mapping)) {
            var location = error.getLocation();
            String where = location == null ? "" : " at column " + location.getColumnNr();
            return new String[] {"", "not valid JSON" + where + ": " + withoutInput(error.getOriginalMessage())};
        }
        String path = path(mapping.getPath());
        if (rootCause(mapping) instanceof FieldViolation violation) {
            return new String[] {join(path, violation.field()), violation.reason()};
        }
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return new String[] {path, "unknown field; expected one of "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()};
        }
        if (mapping instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            // Only a code value (an enum) is echoed: any other value may be personal data (a phone number).
            String was = target != null && target.isEnum() ? ", was " + quote(format.getValue()) : "";
            return new String[] {path, "expected " + describeType(target) + was};
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new String[] {path, "expected " + describeType(mismatch.getTargetType())};
        }
        return new String[] {path, withoutInput(mapping.getOriginalMessage())};
    }

    /** Jackson quotes the offending input in some messages; it may be personal data, so it is cut out. */
    private static String withoutInput(String message) {
        return message == null ? "" : message.replaceAll("(Unrecognized token|Unexpected character \\() ?'[^']*'",
                "$1 (input omitted)").replaceAll("\\s+at \\[Source.*$", "");
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return error instanceof ValueInstantiationException || cause instanceof FieldViolation ? cause : error;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    private static String quote(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "String" -> "a text";
            case "Long", "Integer", "long", "int" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "OffsetDateTime" -> "a date-time with offset, e.g. 2026-11-20T14:03:00+09:00";
            case "List" -> "an array";
            default -> "an object (" + type.getSimpleName() + ")";
        };
    }
}
