// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;

/**
 * Generates the JSON Schemas (draft 2020-12) of the v1 contracts from the model's records and the contract mapper:
 * property names and types from Jackson, descriptions from the Javadoc, required fields from what the records'
 * constructors demand. Unknown properties are forbidden, as the reader forbids them.
 */
final class ContractSchemaGenerator {
    /** The base of the schemas' {@code $id}: where the repository publishes them. */
    static final String ID_BASE = "https://kasuhara.org/schema/";
    /**
     * What the records' constructors reject when absent (input) or always write (output; primitives are always
     * written too). Every other field is optional, and on input {@code null} means unknown.
     */
    private static final Set<String> REQUIRED = Set.of(
            "Case.id", "Case.receivedAt", "Case.channel", "Demand.type", "Observation.behaviour",
            "Assessment.caseId", "Assessment.verdict", "Assessment.severity", "Assessment.findings",
            "Assessment.actions", "Assessment.reportDueBy", "Assessment.ruleSet", "Assessment.firedRules",
            "Finding.rule", "Finding.behaviour", "Finding.severity", "Finding.evidence", "Finding.source",
            "Action.type", "Action.text", "RuleSetRef.name", "RuleSetRef.version", "RuleFiring.rule",
            "RuleFiring.facts", "Basis.rule", "Basis.text", "Basis.textJa", "Basis.manner", "Basis.demand");

    private ContractSchemaGenerator() {
    }

    /** @return the Case v1 schema */
    static ObjectNode caseSchema() {
        return generate(Case.class, "case-v1.schema.json", "Case v1");
    }

    /** @return the Assessment v1 schema */
    static ObjectNode assessmentSchema() {
        return generate(Assessment.class, "assessment-v1.schema.json", "Assessment v1");
    }

    private static ObjectNode generate(Class<?> type, String file, String title) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(KasuharaJson.mapper(),
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.EXTRA_OPEN_API_FORMAT_VALUES,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.NULLABLE_FIELDS_BY_DEFAULT);
        config.forFields()
                .withRequiredCheck(ContractSchemaGenerator::required)
                .withNullableCheck(field -> !required(field) && !field.getType().isPrimitive())
                .withDescriptionResolver(field -> SourceJavadoc.params(field.getDeclaringType().getErasedType())
                        .get(field.getName()))
                .withStringMaxLengthResolver(field -> isField(field, "Case.id") ? Case.MAX_ID_LENGTH : null)
                .withEnumResolver(field -> isField(field, "Case.language") ? Arrays.asList("ja", "en", null) : null);
        config.forTypesInGeneral().withDescriptionResolver(ContractSchemaGenerator::typeDescription);
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(type);
        ObjectNode ordered = KasuharaJson.mapper().createObjectNode();
        ordered.set("$schema", schema.remove("$schema"));
        ordered.put("$id", ID_BASE + file);
        ordered.put("title", title);
        ordered.setAll(schema);
        return ordered;
    }

    private static boolean required(FieldScope field) {
        return field.getType().isPrimitive() || REQUIRED.contains(key(field));
    }

    private static boolean isField(FieldScope field, String key) {
        return key.equals(key(field));
    }

    private static String key(FieldScope field) {
        return field.getDeclaringType().getErasedType().getSimpleName() + "." + field.getName();
    }

    @SuppressWarnings("unchecked")
    private static String typeDescription(TypeScope scope) {
        Class<?> type = scope.getType().getErasedType();
        if (!type.getPackageName().equals("org.kasuhara.model")) {
            return null;
        }
        String description = SourceJavadoc.typeDescription(type);
        if (type.isEnum()) {
            Map<String, String> constants = SourceJavadoc.constants((Class<? extends Enum<?>>) type);
            description += constants.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("; ", " Values — ", "."));
        }
        return description;
    }
}
