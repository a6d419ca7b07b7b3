// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.policy.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kasuhara.policy.Policies;
import org.kasuhara.policy.Policy;
import org.kasuhara.policy.PolicyBuilder;
import org.kasuhara.policy.PolicyException;

/**
 * Reads {@code policy.yaml} token by token so that every error carries its line, and collects all errors of a
 * file before failing: a compliance officer fixes them in one pass.
 */
public final class PolicyFileParser {
    private static final YAMLFactory YAML = new YAMLFactory();
    private final String source;
    private final List<PolicyException.Problem> problems = new ArrayList<>();

    /** @param source the file name used in errors */
    public PolicyFileParser(String source) {
        this.source = source;
    }

    /**
     * Parses the file.
     *
     * @param in the content
     * @return the policies
     * @throws PolicyException listing every problem
     */
    public Policies parse(Reader in) {
        List<Setting> defaults = List.of();
        Map<String, List<Setting>> organizations = new LinkedHashMap<>();
        try (JsonParser parser = YAML.createParser(in)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                Map<String, Integer> sections = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String section = parser.currentName();
                    int line = line(parser);
                    parser.nextToken();
                    if (duplicate(sections, section, line, "")) {
                        parser.skipChildren();
                        continue;
                    }
                    switch (section) {
                        case "defaults" -> defaults = readSettings(parser, "defaults");
                        case "organizations" -> readOrganizations(parser, organizations);
                        default -> {
                            problem(line, section, "unknown section; expected defaults or organizations");
                            parser.skipChildren();
                        }
                    }
                }
            } else if (parser.currentToken() != null) {
                problem(line(parser), "", "expected a mapping with defaults: and organizations:");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problem(line, "", "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        // Overrides apply on top of the file's defaults, wherever the sections stand in the file, so an
        // organisation lists only what differs.
        Policy base = apply(Policy.defaults(), defaults, "defaults");
        Map<String, Policy> overrides = new LinkedHashMap<>();
        organizations.forEach((id, settings) -> overrides.put(id, apply(base, settings, "organizations." + id)));
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return Policies.of(base, overrides);
    }

    private void readOrganizations(JsonParser parser, Map<String, List<Setting>> into) throws IOException {
        if (!expectObject(parser, "organizations")) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String id = parser.currentName();
            int line = line(parser);
            parser.nextToken();
            if (duplicate(seen, id, line, "organizations.")) {
                parser.skipChildren();
                continue;
            }
            into.put(id, readSettings(parser, "organizations." + id));
        }
    }

    private List<Setting> readSettings(JsonParser parser, String path) throws IOException {
        List<Setting> settings = new ArrayList<>();
        if (!expectObject(parser, path)) {
            return settings;
        }
        Map<String, Integer> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = line(parser);
            JsonToken value = parser.nextToken();
            if (duplicate(seen, key, line, path + ".")) {
                parser.skipChildren();
                continue;
            }
            if (key.equals("closures") && value == JsonToken.START_ARRAY) {
                // one setting per entry, each with its own line
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonToken entry = parser.currentToken();
                    settings.add(new Setting(key, entry, entry.isScalarValue() ? parser.getText() : null,
                            line(parser)));
                    parser.skipChildren();
                }
                continue;
            }
            settings.add(new Setting(key, value, value.isScalarValue() ? parser.getText() : null, line));
            parser.skipChildren();
        }
        return settings;
    }

    private Policy apply(Policy start, List<Setting> settings, String path) {
        PolicyBuilder builder = start.toBuilder();
        LocalTime[] offHours = {start.offHoursStart(), start.offHoursEnd()};
        int last = 0;
        for (Setting setting : settings) {
            last = setting.line();
            try {
                PolicyKeys.apply(builder, offHours, setting);
            } catch (IllegalArgumentException | DateTimeException e) {
                String message = e.getMessage();
                String prefix = setting.key() + ": ";
                problem(setting.line(), path + "." + setting.key(),
                        message.startsWith(prefix) ? message.substring(prefix.length()) : message);
            }
        }
        builder.offHours(offHours[0], offHours[1]);
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            problem(last, path, e.getMessage());
            return start;
        }
    }

    private boolean expectObject(JsonParser parser, String path) throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        if (parser.currentToken() != JsonToken.VALUE_NULL) {
            problem(line(parser), path, "expected a mapping of keys to values");
            parser.skipChildren();
        }
        return false;
    }

    /** A key given twice would silently override the first; report it instead. */
    private boolean duplicate(Map<String, Integer> seen, String key, int line, String prefix) {
        Integer first = seen.putIfAbsent(key, line);
        if (first != null) {
            problem(line, prefix + key, "appears twice; first at line " + first + " (remove one)");
        }
        return first != null;
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private void problem(int line, String key, String message) {
        problems.add(new PolicyException.Problem(source, line, key, message));
    }
}
