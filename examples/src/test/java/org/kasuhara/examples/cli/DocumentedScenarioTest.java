package org.kasuhara.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario example in {@code docs/rule-authoring.md} runs and passes on the default rules, so it cannot rot. */
class DocumentedScenarioTest {
    private static final Path GUIDE = Path.of("../docs/rule-authoring.md");

    @Test
    void theScenarioExampleOfTheRuleAuthoringGuidePasses(@TempDir Path rules, @TempDir Path mine) throws IOException {
        String guide = Files.readString(GUIDE);
        String section = guide.substring(guide.indexOf("## シナリオでテストする"));
        int start = section.indexOf("```yaml\n") + "```yaml\n".length();
        Path example = mine.resolve("example.yaml");
        Files.writeString(example, section.substring(start, section.indexOf("```", start)));

        CliRun run = CliRun.of("rules", "test", "--lang", "en", RuleSetCopies.copyDefaults(rules).toString(),
                example.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("2 scenario(s) in 1 file(s): 2 passed");
    }
}
