// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.spi.RuleModule;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.internal.LexiconTextAnalyzer;
import org.kasuhara.text.internal.TermFormsFile;
import org.kasuhara.text.internal.TermIndexFile;
import org.kie.api.KieBase;
import org.kie.internal.builder.KnowledgeBuilder;

/**
 * Compiles a rule set at build time into the knowledge bases {@link PackagedRuleSets} reads back: one file per
 * knowledge base, named by its key, holding a header (format, key, the fact classes the rules match and a digest
 * of their bytecode) and the compiled packages; and one file of the forms of its Japanese lexicon terms
 * ({@link TermFormsFile}), so that the analyser is built without the Kuromoji dictionary. The rule set is first compiled and checked in full, so a broken
 * rule set fails the build instead of being packaged.
 *
 * <pre>java -cp … org.kasuhara.engine.internal.PackagedRuleSetWriter RULE_FOLDER OUTPUT_FOLDER</pre>
 */
public final class PackagedRuleSetWriter {

    private PackagedRuleSetWriter() {
    }

    /**
     * @param args the rule set's folder and the folder to write to (the class path's
     *             {@value PackagedRuleSets#FOLDER})
     * @throws IOException      when a file cannot be written
     * @throws RuleSetException when the rule set has problems
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PackagedRuleSetWriter RULE_FOLDER OUTPUT_FOLDER");
        }
        List<Path> written = write(RuleSource.directory(Path.of(args[0])), Path.of(args[1]), InstalledModules.all());
        System.out.println("Packaged " + written.size() + " file(s) (compiled knowledge bases, term forms, term index) of "
                + args[0] + " in " + args[1]);
    }

    /**
     * @param source  the rule set
     * @param output  the folder to write to
     * @param modules the plug-in modules whose folders compile into knowledge bases of their own
     * @return the files written
     * @throws IOException      when a file cannot be written
     * @throws RuleSetException when the rule set has problems
     */
    static List<Path> write(RuleSource source, Path output, List<RuleModule> modules) throws IOException {
        List<RuleFile> files = RuleSetCompiler.read(source);
        // An earlier build's files go first: its term forms on the class path would mark these files as packaged,
        // and the compilation below would skip the checks it exists to run.
        Files.createDirectories(output);
        try (var old = Files.list(output)) {
            for (Path stale : old.filter(p -> p.toString().endsWith(".kbase") || p.toString().endsWith(".forms")
                    || p.toString().endsWith(".terms")).toList()) {
                Files.delete(stale);
            }
        }
        RuleSetCompiler.compile(source.describe(), files, modules); // every check, before anything is packaged
        String version = RuleSetCompiler.version(files);
        List<Path> written = new java.util.ArrayList<>();
        for (Map.Entry<String, List<RuleFile>> group : RuleSetCompiler.knowledgeBases(files, modules).entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            KnowledgeBuilder builder = DrlCompilation.build(group.getValue());
            if (builder.hasErrors()) {
                throw new IllegalStateException("does not compile: " + builder.getErrors());
            }
            String key = PackagedRuleSets.key(version, group.getValue());
            Path file = output.resolve(key + ".kbase");
            Files.write(file, blob(key, builder));
            written.add(file);
        }
        // the compilation above generated the forms of every Japanese term: the same forms, without the dictionary
        Path forms = output.resolve(PackagedRuleSets.termFormsName(version));
        TermFormsFile.save(forms, forms.getFileName().toString());
        written.add(forms);
        // the index of every spelling of the lexicons' terms, read back without building it (LexiconFiles)
        List<LexiconEntry> entries = LexiconFiles.entries(Utf8Files.check(files, new java.util.ArrayList<>()));
        String indexName = PackagedRuleSets.onClassPath().termIndexName(version);
        Path index = output.resolve(indexName);
        Files.write(index, TermIndexFile.write(LexiconTextAnalyzer.of(entries), entries, indexName));
        written.add(index);
        return written;
    }

    private static byte[] blob(String key, KnowledgeBuilder builder) throws IOException {
        List<String> classes = factClasses(builder.newKieBase());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(PackagedRuleSets.FORMAT);
        out.writeUTF(key);
        out.writeInt(classes.size());
        for (String type : classes) {
            out.writeUTF(type);
        }
        out.writeUTF(PackagedRuleSets.onClassPath().classDigest(classes));
        KnowledgeBaseBlobs.write(builder.getKnowledgePackages(), out);
        out.flush();
        return bytes.toByteArray();
    }

    /** @return the classes of the facts the knowledge base matches, sorted */
    private static List<String> factClasses(KieBase base) {
        TreeSet<String> names = new TreeSet<>();
        for (ObjectTypeNode node : ((InternalRuleBase) base).getRete().getObjectTypeNodes()) {
            if (node.getObjectType() instanceof ClassObjectType type) {
                names.add(type.getClassName());
            }
        }
        return List.copyOf(names);
    }
}
