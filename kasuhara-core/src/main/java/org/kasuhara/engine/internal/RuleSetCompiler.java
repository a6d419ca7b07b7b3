// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleInfo;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.spi.RuleModule;
import org.kasuhara.policy.Policies;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextNet;


/**
 * Compiles a rule set all or nothing: every file is read and checked, every problem collected, and a rule set
 * is built only when there are none. Plug-in modules ({@link RuleModule}) are those on the class path unless the
 * caller names them.
 */
public final class RuleSetCompiler {

    private RuleSetCompiler() {
    }

    /**
     * Compiles the source.
     *
     * @param source the rule set's files
     * @return the compiled rule set
     * @throws RuleSetException listing every problem
     */
    public static RuleSet compile(RuleSource source) {
        return compile(source, InstalledModules.all());
    }

    /**
     * Compiles the source with the given plug-in modules.
     *
     * @param source  the rule set's files
     * @param modules the modules
     * @return the compiled rule set
     * @throws RuleSetException listing every problem
     */
    public static RuleSet compile(RuleSource source, List<RuleModule> modules) {
        return compile(source.describe(), read(source), modules);
    }

    /**
     * Reads every file of a source, turning a missing folder or an unreadable file into a rule-set problem.
     *
     * @param source the rule set's files
     * @return the files
     * @throws RuleSetException when the files cannot be read
     */
    public static List<RuleFile> read(RuleSource source) {
        try {
            // Scenarios travel with a rule set but are not part of it (neither its version nor a reload).
            return source.files().stream().filter(f -> !RuleFileKinds.isScenario(f.path())).toList();
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new RuleSetException(source.describe(), List.of(new RuleProblem(source.describe(), 0, null,
                    message)));
        }
    }

    /**
     * Compiles files already read, so that a caller can hash exactly what is compiled.
     *
     * @param describe the source, for messages
     * @param files    the rule set's files
     * @return the compiled rule set
     * @throws RuleSetException listing every problem
     */
    public static RuleSet compile(String describe, List<RuleFile> files) {
        return compile(describe, files, InstalledModules.all());
    }

    static CompiledRuleSet compile(String describe, List<RuleFile> given, List<RuleModule> moduleList) {
        Map<String, RuleModule> modules = InstalledModules.byFolder(moduleList);
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleFile> files = Utf8Files.check(given, problems);
        files.stream().filter(f -> !RuleFileKinds.isRuleSetFile(f.path())).forEach(f -> problems.add(
                new Bilingual("ルールセットのファイルではありません。ルールセットに置けるのは ruleset.yaml、policy.yaml、"
                        + "lexicons/*.tsv、models/abuse-net.tsv、*.drl、決定表（*.drl.csv、*.drl.xlsx）、メモ（*.md、*.txt）です。名前を変えるか削除してください",
                        "unrecognised file: a rule set holds ruleset.yaml, policy.yaml, lexicons/*.tsv, models/abuse-net.tsv, *.drl, decision"
                        + " tables (*.drl.csv, *.drl.xlsx) and notes (*.md, *.txt); rename or remove it")
                        .at(f.path(), 0, null)));
        // Compiling the DRL dominates (about three quarters of the time); the data files are read meanwhile.
        List<RuleProblem> drlProblems = new ArrayList<>();
        DecisionTables tables = DecisionTables.expand(files, problems);
        List<RuleProblem> manifestProblems = new ArrayList<>();
        Manifest manifest = Manifest.read(files, manifestProblems);
        Set<String> uncompiled = new TreeSet<>(manifest.modules());
        uncompiled.removeAll(modules.keySet());
        String version = version(given);
        CompletableFuture<DrlCompilation> compiling = CompletableFuture.supplyAsync(
                () -> DrlCompilation.compile(tables.files(), modules.keySet(), uncompiled, version, drlProblems),
                RuleSetCompiler::startDaemon);
        // Forms packaged with exactly these files, else those cached by earlier processes, else the dictionary's.
        // Packaged forms also mean that these very files passed every check when Kasuhara was built
        // (PackagedRuleSetWriter): the checks that only look at the files are not run again.
        boolean packagedForms = PackagedRuleSets.onClassPath().loadTermForms(version);
        // the rule-code checks run while the rules compile (or a packaged knowledge base is read back)
        List<RuleProblem> codeProblems = new ArrayList<>();
        if (!packagedForms) {
            RuleCode.check(tables.files(), codeProblems);
        }
        codeProblems.stream().map(tables::toRows).forEach(problems::add);
        problems.addAll(manifestProblems);
        Policies policies = PolicyFiles.read(files, problems);
        CompiledRuleCache cache = CompiledRuleCache.configured();
        if (!packagedForms && cache != null) {
            cache.loadTermForms();
        }
        TextAnalyzer analyzer = LexiconFiles.read(files, problems, packagedForms ? version : null);
        if (!packagedForms && cache != null) {
            cache.saveTermForms();
        }
        TextNet net = ModelFiles.read(files, problems);
        DrlCompilation drl = join(compiling);
        drlProblems.stream().map(tables::toRows).forEach(problems::add);
        List<RuleInfo> rules = new ArrayList<>();
        if (drl.kieBase() != null) {
            rules.addAll(RuleMetadata.check(drl.kieBase(), tables.files(), tables::map, problems, packagedForms));
            UnreachableRules.check(drl.kieBase(), tables.files(), rules, FactHost.ENGINE, problems);
        }
        drl.moduleBases().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            RuleModule module = modules.get(entry.getKey());
            List<RuleInfo> moduleRules = RuleMetadata.check(entry.getValue(), tables.files(), tables::map, problems,
                    rules, module.folder(), module.resultMarkers(), packagedForms);
            UnreachableRules.check(entry.getValue(), tables.files(), moduleRules, FactHost.of(module), problems);
            rules.addAll(moduleRules);
        });
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        if (!problems.isEmpty()) {
            throw new RuleSetException(describe, problems);
        }
        return new CompiledRuleSet(manifest.name(), version, policies, analyzer, rules, drl.kieBase(),
                drl.moduleBases(), List.copyOf(uncompiled), net);
    }

    /**
     * The rule files of each knowledge base that {@link #compile(String, List)} builds from these files, grouped
     * as it groups them (the triage rules under {@link DrlCompilation#TRIAGE}); for {@link PackagedRuleSetWriter}.
     *
     * @param given   the rule set's files
     * @param modules the installed plug-in modules
     * @return the rule files by knowledge base
     */
    static Map<String, List<RuleFile>> knowledgeBases(List<RuleFile> given, List<RuleModule> modules) {
        List<RuleProblem> ignored = new ArrayList<>();
        List<RuleFile> files = Utf8Files.check(given, ignored);
        DecisionTables tables = DecisionTables.expand(files, ignored);
        Set<String> folders = InstalledModules.byFolder(modules).keySet();
        Set<String> uncompiled = new TreeSet<>(Manifest.read(files, ignored).modules());
        uncompiled.removeAll(folders);
        return DrlCompilation.groups(tables.files(), folders, uncompiled);
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "kasuhara-drl-compiler");
        thread.setDaemon(true);
        thread.start();
    }

    private static DrlCompilation join(CompletableFuture<DrlCompilation> compiling) {
        try {
            return compiling.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * The version of a rule set: SHA-256 over each file's path and content.
     *
     * @param files the files, sorted by path
     * @return {@code sha256:} and the hex digest
     */
    public static String version(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content());
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
