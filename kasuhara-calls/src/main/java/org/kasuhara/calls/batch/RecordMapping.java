// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Which column (CSV header name, or JSON field) holds what, and how times are written. As YAML:
 *
 * <pre>
 * caller: caller_number      # required
 * matter: ticket             # optional
 * organization: org          # optional
 * start: started_at          # required, unless both end and duration are given (start = end - duration)
 * end: ended_at              # give end or duration
 * duration: talk_seconds
 * durationUnit: seconds      # seconds (default) | minutes | hms (01:02:03)
 * dateFormat: iso            # iso (default: 2026-11-20T14:03:00+09:00, 2026-11-20 14:03:00) | epoch | rfc1123
 *                            # (Mon, 2 Nov 2026 10:00:00 +0000) | a pattern
 * zone: Asia/Tokyo           # for times without an offset
 * delimiter: ","             # CSV only
 * </pre>
 *
 * <p>In JSON Lines and JSON, a field's value may be a JSON Pointer (RFC 6901) instead of a top-level name: a value that
 * begins with {@code /}, such as {@code /CustomerEndpoint/Address} or {@code /participants/0/sessions/0/ani}
 * (array elements by index, {@code ~1} for {@code /} and {@code ~0} for {@code ~} inside a name). CSV files take
 * column names only.
 *
 * @param caller       the caller column
 * @param matter       the matter column, or {@code null}
 * @param organization the organisation column, or {@code null}
 * @param start        the start column, or {@code null} when both end and duration are given
 * @param end          the end column, or {@code null}
 * @param duration     the duration column, or {@code null}
 * @param durationUnit {@code seconds}, {@code minutes} or {@code hms}
 * @param dateFormat   {@code iso}, {@code epoch}, {@code rfc1123} or a {@link DateTimeFormatter} pattern
 * @param zone         the zone of times without an offset
 * @param delimiter    the CSV delimiter
 * @param encoding     the CSV files' encoding: {@code auto} (strict UTF-8, a byte order mark allowed, else Windows-31J),
 *                     {@code UTF-8} or {@code Windows-31J} (Shift_JIS as Excel saves it; SJIS, MS932, CP932 accepted)
 */
public record RecordMapping(String caller, String matter, String organization, String start, String end,
                            String duration, String durationUnit, String dateFormat, ZoneId zone, char delimiter,
                            String encoding) {
    private static final List<String> KEYS = List.of("caller", "matter", "organization", "start", "end", "duration",
            "durationUnit", "dateFormat", "zone", "delimiter", "encoding");
    private static final List<String> FIELDS = KEYS.subList(0, 6);
    /** The encodings a CSV file may be declared in; {@code auto} reads strict UTF-8 and falls back to Windows-31J. */
    public static final List<String> ENCODINGS = List.of("auto", "UTF-8", "Windows-31J");

    /**
     * Checks the mapping.
     *
     * @throws IllegalArgumentException naming the key that is wrong
     */
    public RecordMapping {
        Objects.requireNonNull(caller, "caller: required (the column that holds the caller)");
        if (start == null && (end == null || duration == null)) {
            throw new NullPointerException("start: required (the column that holds the start time), unless both end"
                    + " and duration are given");
        }
        if (start != null && (end == null) == (duration == null)) {
            throw new IllegalArgumentException("end/duration: give exactly one of them");
        }
        String[] fields = {caller, matter, organization, start, end, duration};
        for (int i = 0; i < fields.length; i++) {
            checkPointer(FIELDS.get(i), fields[i]);
        }
        if (!List.of("seconds", "minutes", "hms").contains(durationUnit)) {
            throw new IllegalArgumentException("durationUnit: expected seconds, minutes or hms, was " + durationUnit);
        }
        if (!List.of("iso", "epoch", "rfc1123").contains(dateFormat)) {
            try {
                DateTimeFormatter.ofPattern(dateFormat);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("dateFormat: not a date-time pattern: " + e.getMessage());
            }
        }
        Objects.requireNonNull(zone, "zone");
        if (!ENCODINGS.contains(encoding)) {
            throw new IllegalArgumentException("encoding: expected auto, UTF-8 or Windows-31J (Shift_JIS as Excel"
                    + " saves it), was " + encoding);
        }
    }

    /**
     * A mapping that detects the encoding of CSV files ({@code auto}).
     *
     * @param caller       the caller's column
     * @param matter       the matter's column, or {@code null}
     * @param organization the organisation's column, or {@code null}
     * @param start        the start time's column
     * @param end          the end time's column, or {@code null} with {@code duration}
     * @param duration     the duration's column, or {@code null} with {@code end}
     * @param durationUnit seconds, minutes or hms
     * @param dateFormat   iso, epoch or a pattern
     * @param zone         the zone of times without an offset
     * @param delimiter    the CSV delimiter
     */
    public RecordMapping(String caller, String matter, String organization, String start, String end,
                         String duration, String durationUnit, String dateFormat, ZoneId zone, char delimiter) {
        this(caller, matter, organization, start, end, duration, durationUnit, dateFormat, zone, delimiter, "auto");
    }

    /**
     * The mapping of the JSON Lines format and of CSV files whose header uses the field names: {@code caller,
     * matter, organization, start, end}, ISO times, Asia/Tokyo.
     *
     * @return the default mapping
     */
    public static RecordMapping defaults() {
        return new RecordMapping("caller", "matter", "organization", "start", "end", null, "seconds", "iso",
                ZoneId.of("Asia/Tokyo"), ',');
    }

    /**
     * Reads a mapping file.
     *
     * @param file the YAML file
     * @return the mapping
     * @throws IllegalArgumentException naming the file and the key that is wrong
     * @throws UncheckedIOException     when it cannot be read
     */
    public static RecordMapping load(Path file) {
        String text;
        try {
            text = java.nio.file.Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mapping " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /**
     * Reads a mapping from YAML text.
     *
     * @param yaml   the mapping, as in a {@code mapping.yaml} file
     * @param source where it comes from, for error messages (a file name)
     * @return the mapping
     * @throws IllegalArgumentException naming the source, the key that is wrong and, for a malformed JSON Pointer,
     *                                  its line
     */
    public static RecordMapping parse(String yaml, String source) {
        JsonNode node;
        try {
            node = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not YAML: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(source + ": expected a mapping such as caller: caller_number");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(source + ": " + key + ": unknown key; expected one of " + KEYS);
            }
            try {
                checkPointer(key, FIELDS.contains(key) ? text(node, key, null) : null);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + lineOf(yaml, key) + ": " + e.getMessage(), e);
            }
        }
        try {
            String delimiter = text(node, "delimiter", ",");
            if (delimiter.length() != 1) {
                throw new IllegalArgumentException("delimiter: expected one character, was \"" + delimiter + "\"");
            }
            return new RecordMapping(text(node, "caller", null), text(node, "matter", null),
                    text(node, "organization", null), text(node, "start", null), text(node, "end", null),
                    text(node, "duration", null), text(node, "durationUnit", "seconds"),
                    text(node, "dateFormat", "iso"), ZoneId.of(text(node, "zone", "Asia/Tokyo")),
                    delimiter.charAt(0), encoding(text(node, "encoding", "auto")));
        } catch (NullPointerException | IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a field's value is a JSON Pointer rather than a name.
     *
     * @param field a mapped field's value, or {@code null}
     * @return {@code true} when it begins with {@code /}
     */
    public static boolean isPointer(String field) {
        return field != null && field.startsWith("/");
    }

    /** RFC 6901: inside a pointer, {@code ~} is only ever {@code ~0} or {@code ~1}. */
    private static void checkPointer(String key, String value) {
        if (!isPointer(value)) {
            return;
        }
        for (int i = value.indexOf('~'); i >= 0; i = value.indexOf('~', i + 1)) {
            if (i + 1 >= value.length() || (value.charAt(i + 1) != '0' && value.charAt(i + 1) != '1')) {
                throw new IllegalArgumentException(key + ": malformed JSON Pointer \"" + value + "\": ~ must be"
                        + " followed by 0 or 1 (RFC 6901: ~0 is ~, ~1 is /)");
            }
        }
    }

    /** The line of a top-level key in YAML text, for error messages; 1 when it cannot be told. */
    private static int lineOf(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\"?" + java.util.regex.Pattern.quote(key) + "\"?\\s*:.*")) {
                return i + 1;
            }
        }
        return 1;
    }

    /** Shift_JIS, SJIS, MS932 and CP932 all name what Excel writes: Windows-31J. */
    private static String encoding(String declared) {
        String upper = declared.strip().toUpperCase(java.util.Locale.ROOT).replace("_", "-");
        return switch (upper) {
            case "AUTO" -> "auto";
            case "UTF-8", "UTF8" -> "UTF-8";
            case "WINDOWS-31J", "SHIFT-JIS", "SJIS", "MS932", "CP932" -> "Windows-31J";
            default -> declared;
        };
    }

    private static String text(JsonNode node, String key, String fallback) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? fallback : value.asText();
    }
}
