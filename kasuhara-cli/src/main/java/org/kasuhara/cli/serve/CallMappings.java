// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.kasuhara.calls.batch.RecordMapping;
import org.kasuhara.calls.batch.SampleMappings;

/**
 * The mapping of {@code serve --call-mapping}: a platform's short name ({@code amazon-connect}, {@code twilio},
 * {@code genesys}, {@code salesforce}) or a shipped sample's full name for the mappings in kasuhara-calls, else a
 * mapping file (YAML, as {@code kasuhara calls analyse --mapping} takes).
 */
final class CallMappings {
    /** The platforms' short names and the samples they stand for. */
    static final Map<String, String> PLATFORMS = Map.of("amazon-connect", "amazon-connect-ctr",
            "twilio", "twilio-status-callback", "genesys", "genesys-cloud-conversations",
            "salesforce", "salesforce-voicecall");

    private CallMappings() {
    }

    /**
     * @param value a platform, a sample's name or a file
     * @return the mapping
     * @throws IllegalArgumentException when it is none of these, or the file is not a valid mapping (naming the key)
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    static RecordMapping resolve(String value) {
        String name = value.strip();
        String sample = PLATFORMS.getOrDefault(name, SampleMappings.NAMES.contains(name) ? name : null);
        if (sample != null) {
            return SampleMappings.load(sample);
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--call-mapping: \"" + name + "\" はファイルでも amazon-connect・twilio・"
                    + "genesys・salesforce でもありません / is neither a file nor one of amazon-connect, twilio, genesys,"
                    + " salesforce");
        }
        return RecordMapping.load(file);
    }
}
