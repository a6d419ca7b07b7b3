// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.rules;

import org.kasuhara.cli.io.Labels;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.testkit.scenario.ScenarioException;
import org.kasuhara.testkit.scenario.ScenarioFile;
import org.kasuhara.testkit.scenario.ScenarioProblem;

/**
 * Finds and reads the scenario files of {@code rules test}: each path is a file or a folder (searched for
 * {@code .yaml}, {@code .yml}, {@code .json}). A bad file is reported and skipped; the good ones still run.
 */
public final class ScenarioInputs {
    private final List<ScenarioFile> files = new ArrayList<>();
    private int problems;

    /**
     * Reads every scenario file under the paths, reporting each problem to {@code err}.
     *
     * @param paths   files or folders
     * @param ruleSet the rule set the scenarios test
     * @param err     where problems go
     * @param labels  the language of messages
     * @return the inputs
     */
    public static ScenarioInputs read(List<Path> paths, RuleSet ruleSet, PrintWriter err, Labels labels) {
        ScenarioInputs inputs = new ScenarioInputs();
        for (Path path : paths) {
            List<Path> found = inputs.find(path, err, labels);
            for (Path file : found) {
                inputs.load(file, ruleSet, err, labels);
            }
        }
        err.flush();
        return inputs;
    }

    public List<ScenarioFile> files() {
        return List.copyOf(files);
    }

    /** @return how many problems were reported (bad files, bad scenarios, missing paths) */
    public int problems() {
        return problems;
    }

    private List<Path> find(Path path, PrintWriter err, Labels labels) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            report(err, path + ": " + labels.of("シナリオのファイルまたはフォルダがありません",
                    "no such scenario file or folder"));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> found = walk.filter(Files::isRegularFile)
                    .filter(f -> ScenarioFile.isScenarioFile(f.getFileName().toString()))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
            if (found.isEmpty()) {
                report(err, path + ": " + labels.of("シナリオファイル（.yaml、.yml、.json）がありません",
                        "no scenario files (.yaml, .yml, .json)"));
            }
            return found;
        } catch (IOException e) {
            report(err, path + ": " + labels.of("読み込めません", "cannot read") + " (" + e.getMessage() + ")");
            return List.of();
        }
    }

    private void load(Path file, RuleSet ruleSet, PrintWriter err, Labels labels) {
        try {
            files.add(ScenarioFile.read(file, ruleSet));
        } catch (ScenarioException e) {
            for (ScenarioProblem problem : e.problems()) {
                report(err, problem.toString());
            }
        } catch (UncheckedIOException e) {
            report(err, file + ": " + labels.of("読み込めません", "cannot read") + " ("
                    + e.getCause().getMessage() + ")");
        }
    }

    private void report(PrintWriter err, String message) {
        problems++;
        err.println(message);
    }
}
