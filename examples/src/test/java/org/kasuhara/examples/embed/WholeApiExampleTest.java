// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's code block is the compiled example, word for word, and it runs. */
class WholeApiExampleTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theReadmeQuotesTheCompiledExampleExactly() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int heading = readme.indexOf("## The whole API");
        int start = readme.indexOf("```java\n", heading) + "```java\n".length();
        String block = readme.substring(start, readme.indexOf("```", start)).strip();
        String source = Files.readString(ROOT.resolve(
                "examples/src/main/java/org/kasuhara/examples/embed/WholeApiExample.java"));
        String marked = source.substring(source.indexOf("// readme:start") + "// readme:start".length(),
                source.indexOf("        // readme:end")).lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n"));

        assertThat(block).isEqualTo(marked);
    }

    @Test
    void theWholeApiAssessesACase() throws IOException {
        String json = Files.readString(ROOT.resolve("examples/cases/harassment-kneeling-demand.json"));

        assertThat(WholeApiExample.assess(json)).contains("\"verdict\":\"CUSTOMER_HARASSMENT\"", "\"ruleSet\"");
    }
}
