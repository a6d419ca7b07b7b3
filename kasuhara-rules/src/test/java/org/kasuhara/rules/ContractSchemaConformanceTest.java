// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseReader;
import org.kasuhara.json.ContractSchemas;
import org.kasuhara.json.KasuharaJson;
import org.kasuhara.testkit.scenario.ScenarioFile;

/**
 * Every case the repository ships (the examples, the benchmark inputs, the evaluation corpora and the default rules'
 * golden scenarios) is valid under the published Case v1 schema, and what the default rules make of each of them is
 * valid under the Assessment v1 schema: the schemas describe the contracts as they are used.
 */
class ContractSchemaConformanceTest {
    private static final JsonSchema CASE = schema(ContractSchemas.caseV1());
    private static final JsonSchema ASSESSMENT = schema(ContractSchemas.assessmentV1());
    private static final TriageEngine ENGINE = TriageEngine.builder().rules(RuleSource.defaults()).build();

    @TestFactory
    Stream<DynamicTest> everyShippedCaseFileIsValidAndSoIsItsAssessment() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("..", "examples", "cases"), Path.of("..", "benchmarks", "src", "main",
                "resources", "cases"), Path.of("src", "test", "resources", "eval"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().matches(".*\\.jsonl?$") && !p.toString().contains("invalid"))
                        .sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> checkFile(file)));
    }

    @Test
    void everyGoldenScenarioCaseIsValidAndSoIsItsAssessment() {
        RuleSet rules = RuleSet.compile(RuleSource.defaults());
        List<ScenarioFile> files = ScenarioFile.readAll(RuleSource.defaults(), rules);
        int cases = 0;
        for (ScenarioFile file : files) {
            for (var scenario : file.scenarios()) {
                String where = file.name() + ":" + scenario.line();
                assertThat(problems(CASE, KasuharaJson.mapper().valueToTree(scenario.given()))).as(where).isEmpty();
                assertThat(problems(ASSESSMENT, KasuharaJson.mapper().valueToTree(ENGINE.assess(scenario.given()))))
                        .as(where).isEmpty();
                cases++;
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(78);
    }

    @Test
    void theSchemaRejectsTheUnknownChannelOfTheInvalidExampleNamingTheField() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "examples", "cases", "invalid", "bad-records.jsonl"));
        assertThat(problems(CASE, KasuharaJson.mapper().readTree(lines.get(3))))
                .isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("$.channel"));
        assertThat(problems(CASE, KasuharaJson.mapper().readTree(lines.get(0)))).isEmpty();
    }

    private static void checkFile(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        if (file.toString().endsWith(".jsonl")) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    documents.add(unwrapped(KasuharaJson.mapper().readTree(line)));
                }
            }
        } else {
            JsonNode node = KasuharaJson.mapper().readTree(Files.readString(file));
            if (node.isArray()) {
                node.forEach(documents::add);
            } else {
                documents.add(node);
            }
        }
        CaseReader reader = new CaseReader();
        for (int i = 0; i < documents.size(); i++) {
            String where = file + " record " + (i + 1);
            assertThat(problems(CASE, documents.get(i))).as(where).isEmpty();
            JsonNode assessment = KasuharaJson.mapper().valueToTree(
                    ENGINE.assess(reader.readOne(documents.get(i).toString())));
            assertThat(problems(ASSESSMENT, assessment)).as(where).isEmpty();
        }
    }

    /** The evaluation corpora hold each case under {@code case}, beside its labels. */
    private static JsonNode unwrapped(JsonNode line) {
        return line.has("case") && !line.has("receivedAt") ? line.get("case") : line;
    }

    private static List<String> problems(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema schema(String text) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text, config);
    }
}
