// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The organisations the counter serves, read from a YAML file:
 * <pre>
 * organisations:
 *   - id: acme-foods
 *     name: { ja: アクメ食品, en: Acme Foods }
 *     sites:
 *       - { id: shinjuku-store, name: { ja: 新宿店, en: Shinjuku store } }
 * </pre>
 *
 * @param all the organisations in the order the form lists them
 */
public record Organisations(List<Organisation> all) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @throws IllegalArgumentException when the list is empty or an id repeats
     */
    public Organisations {
        all = List.copyOf(all);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("at least one organisation is needed for the reception form");
        }
        Set<String> ids = new HashSet<>();
        for (Organisation o : all) {
            if (!ids.add(o.id())) {
                throw new IllegalArgumentException("organisation id \"" + o.id() + "\" appears twice");
            }
        }
    }

    /**
     * @param id an organisation's id
     * @return the organisation
     */
    public Optional<Organisation> find(String id) {
        return all.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * Reads a YAML file.
     *
     * @param file the file
     * @return the organisations
     * @throws IllegalArgumentException naming the file and the problem when it is not a valid list
     * @throws UncheckedIOException when it cannot be read
     */
    public static Organisations read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read organisations file " + file, e);
        }
    }

    /** @return the demonstration list used when none is configured (two fictitious companies) */
    public static Organisations demo() {
        try (InputStream in = Organisations.class.getResourceAsStream("demo-organisations.yaml")) {
            return parse(in, "demo-organisations.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Organisations parse(InputStream in, String source) throws IOException {
        JsonNode root = YAML.readTree(in);
        JsonNode list = root == null ? null : root.get("organisations");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(source + ": expected a list under \"organisations\"");
        }
        List<Organisation> organisations = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode o = list.get(i);
            String where = source + ": organisations[" + i + "]";
            List<Organisation.Site> sites = new ArrayList<>();
            JsonNode siteList = o.path("sites");
            for (int j = 0; j < siteList.size(); j++) {
                JsonNode s = siteList.get(j);
                sites.add(new Organisation.Site(text(s, "id", where + ".sites[" + j + "]"),
                        text(s.path("name"), "ja", where + ".sites[" + j + "].name"), s.path("name").path("en").asText(null)));
            }
            organisations.add(new Organisation(text(o, "id", where), text(o.path("name"), "ja", where + ".name"),
                    o.path("name").path("en").asText(null), sites));
        }
        return new Organisations(organisations);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + "." + field + ": required text is missing");
        }
        return value.asText();
    }
}
