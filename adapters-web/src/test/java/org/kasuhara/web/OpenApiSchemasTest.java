// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.schema.SchemaJson;

/**
 * The OpenAPI document carries the published Case and Assessment schemas as its components (OpenAPI 3.1, whose
 * schemas are JSON Schema 2020-12), so its bodies are typed down to each finding, action and contact. The build fails
 * when the document has drifted from the schemas; {@code -Dkasuhara.updateDocs=true} rewrites its components.
 */
class OpenApiSchemasTest {
    private static final Path DOCUMENT = Path.of("src", "main", "resources", "org", "kasuhara", "web", "openapi.json");

    @Test
    void theDocumentsComponentsAreThePublishedSchemas() throws IOException {
        ObjectNode doc = (ObjectNode) KasuharaJson.mapper().readTree(Files.readString(DOCUMENT));
        ObjectNode schemas = (ObjectNode) doc.at("/components/schemas");
        ObjectNode contracts = OpenApiContractSchemas.components();
        if (Boolean.getBoolean("kasuhara.updateDocs")) {
            Map<String, JsonNode> others = new LinkedHashMap<>();
            schemas.fields().forEachRemaining(f -> others.put(f.getKey(), f.getValue()));
            schemas.removeAll();
            schemas.setAll(contracts);
            others.forEach((name, schema) -> {
                if (!contracts.has(name)) {
                    schemas.set(name, schema);
                }
            });
            Files.writeString(DOCUMENT, SchemaJson.pretty(doc));
        }
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        contracts.fields().forEachRemaining(c -> assertThat(schemas.get(c.getKey()))
                .as("components.schemas." + c.getKey() + " has drifted from the published schema: regenerate with"
                        + " ./mvnw -pl adapters-web -am verify -Dkasuhara.updateDocs=true")
                .isEqualTo(c.getValue()));
    }

    @Test
    void findingsActionsAndContactsAreTyped() throws IOException {
        JsonNode doc = KasuharaJson.mapper().readTree(Files.readString(DOCUMENT));
        assertThat(doc.at("/components/schemas/Assessment/properties/findings/items/$ref").asText())
                .isEqualTo("#/components/schemas/Finding");
        assertThat(doc.at("/components/schemas/Assessment/properties/actions/items/$ref").asText())
                .isEqualTo("#/components/schemas/Action");
        assertThat(doc.at("/components/schemas/Case/properties/contacts/items/$ref").asText())
                .isEqualTo("#/components/schemas/Contact");
        assertThat(doc.at("/components/schemas/Finding/required").toString()).contains("\"evidence\"");
        assertThat(doc.at("/components/schemas/Contact/properties/start/format").asText()).isEqualTo("date-time");
    }

    @Test
    void theDocumentsCaseSchemaAcceptsAnExampleAndRejectsABadContactNamingIt() throws IOException {
        JsonSchema schema = fromDocument("Case");
        ObjectNode example = (ObjectNode) KasuharaJson.mapper().readTree(
                Files.readString(Path.of("..", "examples", "cases", "harassment-74-minute-call.json")));
        assertThat(problems(schema, example)).isEmpty();
        ((ObjectNode) example.get("contacts").get(0)).put("exitRequests", "twice");
        assertThat(problems(schema, example)).isNotEmpty()
                .allSatisfy(p -> assertThat(p).startsWith("$.contacts[0].exitRequests"));
    }

    @Test
    void theDocumentsAssessmentSchemaAcceptsWhatTheEngineWrites() throws IOException {
        JsonNode c = KasuharaJson.mapper().readTree(
                Files.readString(Path.of("..", "examples", "cases", "harassment-grabbed-collar-police.json")));
        var assessment = TestServer.engine().assess(new org.kasuhara.json.CaseReader().readOne(c.toString()));
        JsonNode written = KasuharaJson.mapper().valueToTree(assessment);
        assertThat(written.get("findings")).isNotEmpty();
        assertThat(problems(fromDocument("Assessment"), written)).isEmpty();
        ((ObjectNode) written.get("findings").get(0)).remove("rule");
        assertThat(problems(fromDocument("Assessment"), written)).singleElement().asString()
                .startsWith("$.findings[0]").contains("rule");
    }

    /** A schema that is the document's component, its references resolved inside the document itself. */
    private static JsonSchema fromDocument(String component) throws IOException {
        ObjectNode root = (ObjectNode) KasuharaJson.mapper().readTree(Files.readString(DOCUMENT));
        ObjectNode schema = KasuharaJson.mapper().createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$ref", "#/components/schemas/" + component);
        schema.set("components", root.get("components"));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
    }

    private static List<String> problems(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
