// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The mappings shipped for the call records of common contact-centre platforms, written from each vendor's public
 * field reference (the {@code README.md} beside them names the documents): {@code amazon-connect-ctr} (Amazon Connect
 * contact records, JSON Lines), {@code twilio-status-callback} (Twilio voice status callbacks of completed calls,
 * JSON Lines), {@code genesys-cloud-conversations} (Genesys Cloud analytics conversation details, JSON Lines, one
 * conversation a line) and {@code salesforce-voicecall} (Salesforce {@code VoiceCall} records, CSV). Copy one as a
 * starting point: the matter and organisation fields depend on how each organisation set up its platform.
 */
public final class SampleMappings {
    /** The names of the shipped mappings. */
    public static final List<String> NAMES = List.of("amazon-connect-ctr", "twilio-status-callback",
            "genesys-cloud-conversations", "salesforce-voicecall");

    private SampleMappings() {
    }

    /**
     * The YAML text of a shipped mapping, with its comments.
     *
     * @param name one of {@link #NAMES}
     * @return the YAML
     * @throws IllegalArgumentException when there is no such mapping
     */
    public static String text(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("mapping: no sample mapping \"" + name + "\"; expected one of " + NAMES);
        }
        try (InputStream in = SampleMappings.class.getResourceAsStream("mappings/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("the sample mapping " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A shipped mapping.
     *
     * @param name one of {@link #NAMES}
     * @return the mapping
     * @throws IllegalArgumentException when there is no such mapping
     */
    public static RecordMapping load(String name) {
        return RecordMapping.parse(text(name), name + ".yaml");
    }
}
