// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.kasuhara.json.ContractSchemas;
import org.kasuhara.json.KasuharaJson;

/**
 * The published JSON Schemas of the contracts as OpenAPI 3.1 components: each schema's {@code $defs} become
 * components of their own and its references point at them, so {@code findings}, {@code actions} and
 * {@code contacts} are typed in the document exactly as in the schemas.
 */
final class OpenApiContractSchemas {
    private OpenApiContractSchemas() {
    }

    /** @return name → schema: Case, Assessment and every type they contain */
    static ObjectNode components() {
        ObjectNode components = KasuharaJson.mapper().createObjectNode();
        add(components, "Case", ContractSchemas.caseV1());
        add(components, "Assessment", ContractSchemas.assessmentV1());
        return components;
    }

    private static void add(ObjectNode components, String name, String schemaText) {
        ObjectNode schema;
        try {
            schema = (ObjectNode) KasuharaJson.mapper().readTree(schemaText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String id = schema.get("$id").asText();
        ObjectNode defs = (ObjectNode) schema.remove("$defs");
        schema.remove("$schema");
        schema.remove("$id");
        schema.put("description", schema.get("description").asText() + " JSON Schema: " + id);
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            JsonNode converted = rewriteRefs(def.getValue());
            JsonNode existing = components.get(def.getKey());
            if (existing != null && !existing.equals(converted)) {
                throw new IllegalStateException(def.getKey() + " differs between the Case and Assessment schemas");
            }
            components.set(def.getKey(), converted);
        }
        components.set(name, rewriteRefs(schema));
    }

    private static JsonNode rewriteRefs(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            copy.fields().forEachRemaining(field -> field.setValue(field.getKey().equals("$ref")
                    ? new TextNode(field.getValue().asText().replace("#/$defs/", "#/components/schemas/"))
                    : rewriteRefs(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = KasuharaJson.mapper().createArrayNode();
            node.forEach(item -> copy.add(rewriteRefs(item)));
            return copy;
        }
        return node;
    }
}
