// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kasuhara.model.DemandType;

/** Broken data files fail loudly, naming the file and the entry. */
class CatalogueLoadingTest {
    private static final String FILE = "broken.yaml";

    private static String defaultText() throws IOException {
        try (InputStream in = GuidelineCatalogue.class.getResourceAsStream(GuidelineCatalogue.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static GuidelineCatalogue load(String text) {
        return GuidelineCatalogue.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void unmodifiedDataFileLoadsThroughThePublicLoader() throws IOException {
        assertThat(load(defaultText()).demandType(DemandType.OTHER).validity())
                .isEqualTo(DemandValidity.NORMALLY_LEGITIMATE);
    }

    @Test
    void missingDemandTypeIsNamed() throws IOException {
        String text = defaultText().replaceFirst("(?s)  - type: OTHER\\n.*?\\n\\n", "");
        assertThatThrownBy(() -> load(text)).isInstanceOf(CatalogueException.class)
                .hasMessageStartingWith(FILE + ": demandTypes: ").hasMessageContaining("[OTHER]");
    }

    @Test
    void citationOfUnknownSourceIsNamedWithItsEntry() throws IOException {
        String text = replaceOnce(defaultText(), "source: JHA-2024", "source: FOO-1999 p.3");
        assertThatThrownBy(() -> load(text)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining(FILE + ": actions[NOT_ACCEPTED_NOTICE].source")
                .hasMessageContaining("\"FOO-1999\"");
    }

    @Test
    void unknownFieldIsNamedWithItsLine() throws IOException {
        String text = replaceOnce(defaultText(), "    nameEn: Sexual conduct\n",
                "    nameEn: Sexual conduct\n    nmeJa: 性的な言動\n");
        int line = text.lines().toList().indexOf("    nmeJa: 性的な言動") + 1;
        assertThatThrownBy(() -> load(text)).isInstanceOf(CatalogueException.class)
                .hasMessageStartingWith(FILE + ":" + line + ": behaviours[7].nmeJa: unknown field");
    }

    @Test
    void enumValueDescribedTwiceIsNamed() throws IOException {
        String text = replaceOnce(defaultText(), "  - type: MEETING\n", "  - type: REPAIR\n");
        assertThatThrownBy(() -> load(text)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("demandTypes[REPAIR]: described twice");
    }

    @Test
    void blankEnglishNameIsNamed() throws IOException {
        String text = replaceOnce(defaultText(), "    nameEn: Intimidating conduct\n", "    nameEn: '  '\n");
        assertThatThrownBy(() -> load(text)).isInstanceOf(CatalogueException.class)
                .hasMessage(FILE + ": behaviours[INTIMIDATION].nameEn: must not be blank");
    }

    @Test
    void unknownEnumValueIsNamedWithItsLine() throws IOException {
        String text = replaceOnce(defaultText(), "validity: ALWAYS_HARASSMENT", "validity: SOMETIMES");
        assertThatThrownBy(() -> load(text)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("demandTypes[6].validity: expected one of")
                .hasMessageMatching("broken\\.yaml:\\d+: .*");
    }

    @Test
    void duplicateSourceKeyIsRejected() throws IOException {
        String text = replaceOnce(defaultText(), "  - key: CCAJ-2025\n", "  - key: MHLW-2022\n");
        assertThatThrownBy(() -> load(text)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("sources[MHLW-2022]: the key is defined twice");
    }

    @Test
    void malformedYamlNamesTheFile() {
        assertThatThrownBy(() -> load("sources: [\n  - key: {")).isInstanceOf(CatalogueException.class)
                .hasMessageStartingWith(FILE + ":");
        assertThatThrownBy(() -> load("")).isInstanceOf(CatalogueException.class)
                .hasMessage(FILE + ": the file is empty");
    }
}
