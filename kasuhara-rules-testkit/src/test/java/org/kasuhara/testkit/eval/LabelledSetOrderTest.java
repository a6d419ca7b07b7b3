// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Verdict;
import org.kasuhara.text.SignalCategory;
import org.kasuhara.text.Speaker;

/** Labels keep their sets in declaration order, so an evaluation report prints the same text on every run. */
class LabelledSetOrderTest {

    @Test
    void caseLabelsIterateInDeclarationOrderWhateverTheFileOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cases.jsonl");
        Files.writeString(file, "{\"id\":\"X-1\",\"types\":[\"INTIMIDATION\",\"MENTAL_ATTACK\"],"
                + "\"verdicts\":[\"CUSTOMER_HARASSMENT\",\"NEEDS_REVIEW\"],\"case\":{\"id\":\"X-1\","
                + "\"receivedAt\":\"2026-12-01T10:00:00+09:00\",\"channel\":\"PHONE\",\"organization\":\"o\","
                + "\"contacts\":[{\"channel\":\"PHONE\",\"start\":\"2026-12-01T09:00:00+09:00\","
                + "\"end\":\"2026-12-01T09:10:00+09:00\",\"text\":\"t\"}]}}\n", StandardCharsets.UTF_8);

        LabelledCase label = LabelledCase.read(file).get(0);

        assertThat(label.verdicts()).containsExactly(Verdict.NEEDS_REVIEW, Verdict.CUSTOMER_HARASSMENT);
        assertThat(List.copyOf(label.types())).isSorted();
    }

    @Test
    void sentenceCategoriesIterateInDeclarationOrder() {
        var given = new LinkedHashSet<SignalCategory>(List.of(SignalCategory.INTIMIDATION, SignalCategory.VIOLENCE));

        var sentence = new LabelledSentence("s-1", "ja", Speaker.CUSTOMER, given, LabelledSentence.Kind.ABUSE,
                "text", 1);

        assertThat(sentence.expected()).containsExactly(SignalCategory.VIOLENCE, SignalCategory.INTIMIDATION);
        assertThat(new LabelledSentence("s-2", "en", Speaker.CUSTOMER, java.util.Set.of(),
                LabelledSentence.Kind.COMPLAINT, "text", 2).expected()).isEmpty();
    }
}
