// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;

/**
 * {@code ruleset.yaml}: the rule set's name, a description, and the folders that belong to plug-in modules.
 *
 * @param name        the name assessments report
 * @param description what the rule set is for
 * @param modules     folders of plug-in modules' rules ({@code calls}): left uncompiled when no installed module
 *                    claims them, instead of being compiled as rules that run on cases
 */
record Manifest(String name, String description, List<String> modules) {
    Manifest {
        modules = modules == null ? List.of() : List.copyOf(modules);
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static Manifest unnamed() {
        return new Manifest("unnamed", null, List.of());
    }

    static Manifest read(List<RuleFile> files, List<RuleProblem> problems) {
        RuleFile file = files.stream().filter(f -> f.path().equals(RuleFileKinds.MANIFEST)).findFirst().orElse(null);
        if (file == null) {
            problems.add(new Bilingual("ありません: ルールセットには名前を書いた ruleset.yaml が必要です（name: my-rules）",
                    "missing: every rule set needs ruleset.yaml with its name (name: my-rules)")
                    .at(RuleFileKinds.MANIFEST, 0, null));
            return unnamed();
        }
        try {
            Manifest manifest = YAML.readValue(file.text(), Manifest.class);
            if (manifest == null || manifest.name() == null || manifest.name().isBlank()) {
                problems.add(new Bilingual("name: は必須です", "name: is required").at(file.path(), 1, null));
                return unnamed();
            }
            return manifest;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new RuleProblem(file.path(), line, null, e.getOriginalMessage(),
                    "YAML として正しくないか、不明なキーがあります: " + e.getOriginalMessage()));
            return unnamed();
        }
    }
}
