package org.kasuhara.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSource;

/** A small rule set with one rule no scenario below exercises, and scenario texts for it. */
final class TestScenarios {
    private static final Map<String, String> FILES = Map.of(
            "ruleset.yaml", "name: scenario-test-rules\n",
            "signals/time.drl", """
                    package signals;
                    import org.kasuhara.policy.Policy;
                    import org.kasuhara.engine.facts.*;

                    rule "A long call is confinement"
                        @id("T-CONF-1") @source("CCAJ-2025") @behaviour("CONFINEMENT") @severity("HIGH")
                    when
                        Policy($limit : confinementMinutes)
                        $c : ContactFact(live, minutes >= $limit)
                    then
                        insert(Evidence.finding(kcontext, $c.minutes() + " min"));
                    end

                    rule "Staying after being asked to leave three times is refusal to leave"
                        @id("T-CONF-2") @source("CCAJ-2025") @behaviour("CONFINEMENT") @severity("HIGH")
                    when
                        $c : ContactFact(exitRequests >= 3)
                    then
                        insert(Evidence.finding(kcontext, $c.exitRequests() + " requests"));
                    end
                    """,
            "verdict/verdict.drl", """
                    package verdict;
                    import org.kasuhara.engine.facts.*;
                    import org.kasuhara.model.*;

                    rule "Any finding is harassment"
                        @id("T-VRD-1") @source("MHLW-2022 §B-1")
                    when
                        exists Finding()
                        $o : Outcome()
                    then
                        $o.verdict(Verdict.CUSTOMER_HARASSMENT);
                        $o.recommend(ActionType.END_CONTACT_AFTER_WARNING);
                    end
                    """);

    /** Two scenarios: a 74-minute call (harassment) and a 10-minute call (legitimate). */
    static final String YAML = """
            # 通話の長さ / call length
            scenarios:
              - name: a 74-minute call is confinement
                description: CCAJ-2025 counts a call of 60 minutes or more
                given:
                  id: C-1
                  receivedAt: 2026-11-20T14:03:00+09:00
                  channel: PHONE
                  contacts:
                    - channel: PHONE
                      start: 2026-11-20T14:03:00+09:00
                      end: 2026-11-20T15:17:00+09:00
                expect:
                  verdict: CUSTOMER_HARASSMENT
                  severity: HIGH
                  police: false
                  findings: [T-CONF-1]
                  fired: [T-VRD-1]
                  actions: [END_CONTACT_AFTER_WARNING]
              - name: a 10-minute call is a legitimate complaint
                given:
                  id: C-2
                  receivedAt: 2026-11-20T14:03:00+09:00
                  channel: PHONE
                  contacts:
                    - channel: PHONE
                      start: 2026-11-20T14:00:00+09:00
                      end: 2026-11-20T14:10:00+09:00
                expect:
                  verdict: LEGITIMATE_COMPLAINT
                  findings: []
                  absent: [T-CONF-1]
                  absentActions: [END_CONTACT_AFTER_WARNING]
            """;

    private TestScenarios() {
    }

    static RuleSet ruleSet(Path dir) {
        try {
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RuleSet.compile(RuleSource.directory(dir));
    }
}
