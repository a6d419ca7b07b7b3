// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.model.Verdict;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML report parses back with the right counts, names and failure text, whatever the names hold. */
class JUnitXmlReportTest {

    @Test
    void theReportIsWellFormedSurefireXmlWithCountsAndFailures(@TempDir Path rules) throws Exception {
        RuleSet ruleSet = TestScenarios.ruleSet(rules);
        String yaml = TestScenarios.YAML.replace("verdict: LEGITIMATE_COMPLAINT", "verdict: NEEDS_REVIEW")
                .replace("a 10-minute call is a legitimate complaint", "<短い> & \"quoted\" call");
        ScenarioRunner runner = ScenarioRunner.of(ruleSet);
        List<ScenarioResult> parsed = runner.run(ScenarioFile.parse("calls.yaml", yaml, ruleSet));
        Scenario bell = new Scenario("a bell\u0007 in a name", parsed.get(0).scenario().given(),
                Expectation.verdict(Verdict.LEGITIMATE_COMPLAINT));
        List<ScenarioResult> results = List.of(parsed.get(0), parsed.get(1), runner.run("code", bell));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JUnitXmlReport.write("scenario-test-rules", results, out);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("scenario-test-rules");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(Double.parseDouble(suite.getAttribute("time"))).isNotNegative();
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        Element passed = (Element) cases.item(0);
        assertThat(passed.getAttribute("classname")).isEqualTo("calls.yaml");
        assertThat(passed.getAttribute("name")).isEqualTo("a 74-minute call is confinement");
        assertThat(passed.getElementsByTagName("failure").getLength()).isZero();
        Element failed = (Element) cases.item(1);
        assertThat(failed.getAttribute("name")).isEqualTo("<短い> & \"quoted\" call");
        Element failure = (Element) failed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("verdict: expected NEEDS_REVIEW, got LEGITIMATE_COMPLAINT");
        assertThat(failure.getTextContent()).startsWith("calls.yaml:20: <短い>")
                .contains("verdict: expected NEEDS_REVIEW, got LEGITIMATE_COMPLAINT");
        assertThat(((Element) cases.item(2)).getAttribute("name")).isEqualTo("a bell in a name");
    }
}
