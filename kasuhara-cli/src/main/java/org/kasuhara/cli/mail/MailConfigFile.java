// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Properties;
import org.kasuhara.mail.MailSettings;

/**
 * The settings of {@code mail watch}: environment variables ({@code KASUHARA_MAIL_IMAP_PASSWORD}) over a config file,
 * which is a {@code .properties} file or YAML ({@code .yaml}/{@code .yml}, nested or with dotted keys).
 */
public final class MailConfigFile {
    private MailConfigFile() {
    }

    public static MailSettings settings(Path file, Map<String, String> environment) throws IOException {
        MailSettings fromEnvironment = MailSettings.environment(environment);
        return file == null ? fromEnvironment : fromEnvironment.orElse(MailSettings.of(read(file)));
    }

    public static Map<String, String> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        Map<String, String> values = new HashMap<>();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            flatten("", new YAMLMapper().readTree(file.toFile()), values);
            return values;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), values);
            }
        } else if (node.isArray()) {
            StringBuilder joined = new StringBuilder();
            node.forEach(v -> joined.append(joined.length() == 0 ? "" : ",").append(v.asText()));
            values.put(prefix, joined.toString());
        } else {
            values.put(prefix, node.asText());
        }
    }
}
