// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kasuhara.json.CaseReader;
import org.kasuhara.model.Behaviour;
import org.kasuhara.model.Case;
import org.kasuhara.model.Verdict;

/**
 * A case with the judgement a careful reader of the guidance gives it: the verdicts accepted (two for a genuine
 * borderline), the behaviours it shows, and whether it is for the police and accepted by the counter. One per line
 * of a JSON Lines file: {@code {"id", "language", "hard", "types", "verdicts", "police", "accepted", "why", "case"}}.
 *
 * @param id       the label's id (the case's own id)
 * @param language {@code ja} or {@code en}
 * @param hard     a legitimate case that looks like harassment on the surface
 * @param types    the behaviours it shows; empty for a legitimate case
 * @param verdicts the verdicts accepted, one or two
 * @param police   whether it is for the police
 * @param accepted whether the counter accepts the message
 * @param given    the case
 */
public record LabelledCase(String id, String language, boolean hard, Set<Behaviour> types, Set<Verdict> verdicts,
                           boolean police, boolean accepted, Case given) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Checks the fields and copies the sets (in declaration order, so reports print alike on every run). */
    public LabelledCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(given, "case");
        types = types.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(types));
        if (verdicts.isEmpty()) {
            throw new IllegalArgumentException(id + ": verdicts: at least one accepted verdict is required");
        }
        verdicts = Collections.unmodifiableSet(EnumSet.copyOf(verdicts));
    }

    /**
     * Reads a labelled case file.
     *
     * @param file JSON Lines, one labelled case a line
     * @return the cases, in file order
     * @throws IllegalArgumentException naming the file and line of a malformed label or case
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static List<LabelledCase> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        CaseReader reader = new CaseReader();
        List<LabelledCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                cases.add(parse(JSON.readTree(lines.get(i)), reader));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(cases);
    }

    private static LabelledCase parse(JsonNode node, CaseReader reader) {
        Set<Behaviour> types = EnumSet.noneOf(Behaviour.class);
        node.path("types").forEach(t -> types.add(Behaviour.valueOf(t.asText())));
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        node.path("verdicts").forEach(v -> verdicts.add(Verdict.valueOf(v.asText())));
        JsonNode given = node.get("case");
        if (given == null) {
            throw new IllegalArgumentException("case: required");
        }
        return new LabelledCase(node.path("id").asText(), node.path("language").asText(null),
                node.path("hard").asBoolean(false), types, verdicts, node.path("police").asBoolean(false),
                node.path("accepted").asBoolean(true), reader.readOne(given.toString()));
    }
}
