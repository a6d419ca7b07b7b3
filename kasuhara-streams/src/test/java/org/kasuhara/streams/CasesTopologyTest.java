// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadingTriageEngine;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.json.CaseReader;
import org.kasuhara.json.KasuharaJson;

class CasesTopologyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path stateDir;

    private record Driven(TopologyTestDriver driver, TestInputTopic<String, String> cases,
                          TestOutputTopic<String, String> assessments, TestOutputTopic<String, String> dead) {
    }

    private static Driven start(TriageEngine engine, Path stateDir) {
        var topology = KasuharaTopology.builder().engine(engine).callerKey(Fixtures.KEY).build();
        TopologyTestDriver driver = new TopologyTestDriver(topology, Fixtures.driverProperties(stateDir));
        return new Driven(driver, driver.createInputTopic("cases", new StringSerializer(), new StringSerializer()),
                driver.createOutputTopic("assessments", new StringDeserializer(), new StringDeserializer()),
                driver.createOutputTopic("kasuhara-dead-letters", new StringDeserializer(), new StringDeserializer()));
    }

    @Test
    void aCaseBecomesItsAssessmentKeyedByCaseIdAsTheEngineWritesIt() throws Exception {
        Driven d = start(Fixtures.ENGINE, stateDir);
        try (d.driver) {
            d.cases.pipeInput("any-key", Fixtures.phoneCase("C-1"));
            List<TestRecord<String, String>> out = d.assessments.readRecordsToList();
            assertThat(out).hasSize(1);
            assertThat(out.get(0).key()).isEqualTo("C-1");
            String expected = KasuharaJson.toJson(Fixtures.ENGINE.assess(new CaseReader().readOne(
                    Fixtures.phoneCase("C-1"))));
            assertThat(out.get(0).value()).isEqualTo(expected);
            assertThat(JSON.readTree(out.get(0).value()).get("verdict").asText()).isEqualTo("LEGITIMATE_COMPLAINT");
            assertThat(out.get(0).value()).doesNotContain(Fixtures.PHONE).doesNotContain(Fixtures.NAME);
        }
    }

    @Test
    void badRecordsGoToTheDeadLettersWithTheFieldAndTheNextCaseIsStillAssessed() throws Exception {
        Driven d = start(Fixtures.ENGINE, stateDir);
        try (d.driver) {
            d.cases.pipeInput("k1", "{\"id\": \"C-2\", broken");
            d.cases.pipeInput("k2", Fixtures.phoneCase("C-3").replace("\"channel\":\"PHONE\",",
                    "\"channel\":\"PHONE\",\"colour\":\"red\","));
            d.cases.pipeInput("k3", (String) null);
            d.cases.pipeInput("k4", Fixtures.phoneCase("C-4"));
            List<TestRecord<String, String>> dead = d.dead.readRecordsToList();
            assertThat(dead).hasSize(3);
            List<String> reasons = dead.stream().map(r -> new String(
                    r.headers().lastHeader("kasuhara.reason").value(), StandardCharsets.UTF_8)).toList();
            assertThat(reasons.get(0)).startsWith("invalid case / 不正な案件");
            assertThat(reasons.get(1)).contains("colour");
            assertThat(reasons.get(2)).startsWith("value: missing");
            for (TestRecord<String, String> record : dead) {
                JsonNode value = JSON.readTree(record.value());
                assertThat(value.get("reason").asText()).isEqualTo(new String(
                        record.headers().lastHeader("kasuhara.reason").value(), StandardCharsets.UTF_8));
                assertThat(value.get("topic").asText()).isEqualTo("cases");
                assertThat(record.value()).doesNotContain(Fixtures.PHONE).doesNotContain(Fixtures.NAME);
            }
            assertThat(d.assessments.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("C-4");
        }
    }

    @Test
    void aReloadedRuleFolderAppliesFromTheNextRecordAndABrokenFileKeepsTheRulesInUse(@TempDir Path rules)
            throws Exception {
        Fixtures.copyDefaultRules(rules);
        try (ReloadingTriageEngine engine = TriageEngine.builder().rules(RuleSource.directory(rules))
                .buildWatching()) {
            Driven d = start(engine, stateDir);
            try (d.driver) {
                d.cases.pipeInput("k", Fixtures.phoneCase("C-1"));
                String before = JSON.readTree(d.assessments.readValue()).get("ruleSet").get("version").asText();

                Path policy = rules.resolve("policy.yaml");
                Files.writeString(policy, Files.readString(policy) + "\n# reviewed\n");
                assertThat(engine.reload()).isInstanceOf(ReloadEvent.Reloaded.class);
                d.cases.pipeInput("k", Fixtures.phoneCase("C-2"));
                String after = JSON.readTree(d.assessments.readValue()).get("ruleSet").get("version").asText();
                assertThat(after).isNotEqualTo(before).isEqualTo(engine.ruleSet().version());

                Files.writeString(rules.resolve("signals/broken.drl"), "package signals;\nrule \"half\" when then");
                assertThat(engine.reload()).isInstanceOf(ReloadEvent.Rejected.class);
                d.cases.pipeInput("k", Fixtures.phoneCase("C-3"));
                JsonNode kept = JSON.readTree(d.assessments.readValue());
                assertThat(kept.get("caseId").asText()).isEqualTo("C-3");
                assertThat(kept.get("ruleSet").get("version").asText()).isEqualTo(after);
            }
        }
    }
}
