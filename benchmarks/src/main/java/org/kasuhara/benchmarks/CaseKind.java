// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kasuhara.json.CaseReader;
import org.kasuhara.model.Case;

/**
 * The sample cases the benchmarks assess, read from {@code cases/} on the classpath through the public
 * {@link CaseReader}, exactly as an application would read them.
 */
public enum CaseKind {
    /** A short, polite web-form complaint about a wrong name on a birthday cake: a legitimate complaint. */
    WEB_FORM("webForm", "cases/web-form.json"),
    /** A 38-minute call transcript of about 6 KB (UTF-8) with insults, a veiled threat and staff notes. */
    TRANSCRIPT("transcript", "cases/transcript.json"),
    /** Ten short calls on one matter within twelve days. */
    TEN_CONTACTS("tenContacts", "cases/ten-contacts.json");

    /** The prefix of a contact text that names a text file beside the case instead of holding the text. */
    private static final String FILE_REFERENCE = "@";

    private final String id;
    private final String resource;

    CaseKind(String id, String resource) {
        this.id = id;
        this.resource = resource;
    }

    /** @return the name used in JMH parameters and on the command line */
    public String id() {
        return id;
    }

    /**
     * Reads this kind's case.
     *
     * @return the case, validated by {@link CaseReader}
     * @throws UncheckedIOException when the resource cannot be read
     */
    public Case read() {
        return new CaseReader().readOne(json());
    }

    /**
     * The case as contract v1 JSON, with contact texts that name a file replaced by that file's text.
     *
     * @return the JSON text
     */
    public String json() {
        ObjectMapper mapper = new ObjectMapper();
        try {
            ObjectNode root = (ObjectNode) mapper.readTree(resource(resource));
            for (JsonNode contact : root.path("contacts")) {
                String text = contact.path("text").asText();
                if (text.startsWith(FILE_REFERENCE)) {
                    ((ObjectNode) contact).put("text", resource("cases/" + text.substring(1)));
                }
            }
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The cases of a benchmark parameter: one kind, or {@code mix} for all kinds in turn.
     *
     * @param id a kind's {@link #id()} or {@code mix}
     * @return the cases, in the order they are assessed
     * @throws IllegalArgumentException for an unknown id
     */
    public static List<Case> casesFor(String id) {
        if ("mix".equals(id)) {
            return List.of(WEB_FORM.read(), TRANSCRIPT.read(), TEN_CONTACTS.read());
        }
        for (CaseKind kind : values()) {
            if (kind.id.equals(id)) {
                return List.of(kind.read());
            }
        }
        throw new IllegalArgumentException("unknown case kind \"" + id
                + "\": use webForm, transcript, tenContacts or mix");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CaseKind.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("resource not found: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
