// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kasuhara.json.ContractSchemas;
import org.kasuhara.json.KasuharaJson;

/**
 * The schemas shipped in the jar (and published under {@code docs/schema/}) are the ones the model generates today;
 * the build fails when they have drifted. To update the committed copies, run the build with
 * {@code -Dkasuhara.updateDocs=true}.
 */
class ContractSchemasTest {
    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path DOCS = Path.of("..", "docs", "schema");

    @Test
    void caseSchemaMatchesTheModel() throws IOException {
        check(ContractSchemaGenerator.caseSchema(), ContractSchemas.CASE_V1);
    }

    @Test
    void assessmentSchemaMatchesTheModel() throws IOException {
        check(ContractSchemaGenerator.assessmentSchema(), ContractSchemas.ASSESSMENT_V1);
    }

    @Test
    void theJarServesTheSchemas() throws IOException {
        assertThat(KasuharaJson.mapper().readTree(ContractSchemas.caseV1()).get("title").asText())
                .isEqualTo("Case v1");
        assertThat(KasuharaJson.mapper().readTree(ContractSchemas.assessmentV1()).get("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    private static void check(ObjectNode schema, String resource) throws IOException {
        String generated = SchemaJson.pretty(schema);
        Path committed = RESOURCES.resolve(resource);
        Path published = DOCS.resolve(committed.getFileName());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target").resolve(committed.getFileName()), generated);
        if (Boolean.getBoolean("kasuhara.updateDocs")) {
            Files.createDirectories(committed.getParent());
            Files.createDirectories(published.getParent());
            Files.writeString(committed, generated);
            Files.writeString(published, generated);
        }
        String hint = " has drifted from the model: regenerate it with"
                + " ./mvnw -pl kasuhara-core verify -Dkasuhara.updateDocs=true";
        assertThat(committed).as(resource + " exists").exists();
        assertThat(Files.readString(committed)).as(resource + hint).isEqualTo(generated);
        assertThat(published).as(published + " exists").exists();
        assertThat(Files.readString(published)).as(published + hint).isEqualTo(generated);
    }
}
