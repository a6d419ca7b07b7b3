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
 * start: started_at          # required
 * end: ended_at              # give end or duration
 * duration: talk_seconds
 * durationUnit: seconds      # seconds (default) | minutes | hms (01:02:03)
 * dateFormat: iso            # iso (default: 2026-11-20T14:03:00+09:00, 2026-11-20 14:03:00) | epoch | a pattern
 * zone: Asia/Tokyo           # for times without an offset
 * delimiter: ","             # CSV only
 * </pre>
 *
 * @param caller       the caller column
 * @param matter       the matter column, or {@code null}
 * @param organization the organisation column, or {@code null}
 * @param start        the start column
 * @param end          the end column, or {@code null}
 * @param duration     the duration column, or {@code null}
 * @param durationUnit {@code seconds}, {@code minutes} or {@code hms}
 * @param dateFormat   {@code iso}, {@code epoch} or a {@link DateTimeFormatter} pattern
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
    /** The encodings a CSV file may be declared in; {@code auto} reads strict UTF-8 and falls back to Windows-31J. */
    public static final List<String> ENCODINGS = List.of("auto", "UTF-8", "Windows-31J");

    /**
     * Checks the mapping.
     *
     * @throws IllegalArgumentException naming the key that is wrong
     */
    public RecordMapping {
        Objects.requireNonNull(caller, "caller: required (the column that holds the caller)");
        Objects.requireNonNull(start, "start: required (the column that holds the start time)");
        if ((end == null) == (duration == null)) {
            throw new IllegalArgumentException("end/duration: give exactly one of them");
        }
        if (!List.of("seconds", "minutes", "hms").contains(durationUnit)) {
            throw new IllegalArgumentException("durationUnit: expected seconds, minutes or hms, was " + durationUnit);
        }
        if (!dateFormat.equals("iso") && !dateFormat.equals("epoch")) {
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
        JsonNode node;
        try {
            node = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mapping " + file + ": " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(file + ": expected a mapping such as caller: caller_number");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ": " + key + ": unknown key; expected one of " + KEYS);
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
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
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
