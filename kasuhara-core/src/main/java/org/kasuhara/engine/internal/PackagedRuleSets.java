// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.internal.TermFormsFile;
import org.kasuhara.text.internal.TermIndexFile;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knowledge bases compiled when Kasuhara was built ({@link PackagedRuleSetWriter}): the default rules ship
 * precompiled in the {@code kasuhara-rules} jar, so that a process using them neither runs the DRL compiler nor
 * needs a cache on disk.
 *
 * <p>A packaged knowledge base is found by its key alone: the SHA-256 of every file of the rule set (rules, policy,
 * lexicons, model, manifest), of the files of that knowledge base, and of the Kasuhara, Drools and Java versions.
 * Any other file, or another build, gives another key and the rules are compiled as before. Its header also names
 * the fact classes the rules match, with a digest of their bytecode, so that a rebuilt class (a development
 * snapshot keeps its version) is never matched by rules compiled against the old one. A blob that cannot be read
 * is never trusted: one line is logged and the rules are compiled. Besides the compilation, only the checks that
 * look at the files alone (the lexicons' examples and term checks, the rule-code check) and the rules' citations of
 * the catalogue (part of every key) are skipped for a rule set whose packaged term forms exist: those files are byte
 * for byte the ones that passed every check when Kasuhara was built; the other checks against the knowledge base
 * (rule metadata, unreachable rules) run as on a compiled one.
 */
final class PackagedRuleSets {
    /** Where packaged knowledge bases live on the class path. */
    static final String FOLDER = "kasuhara/rules/precompiled/";
    /** The first field of every packaged knowledge base. */
    static final String FORMAT = "kasuhara-precompiled-1";
    private static final Logger LOG = LoggerFactory.getLogger(PackagedRuleSets.class);
    private static final AtomicInteger USED = new AtomicInteger();
    private static final String LIBRARY = "kasuhara=" + mavenVersion("org.kasuhara", "kasuhara-core")
            + "\ndrools=" + mavenVersion("org.drools", "drools-core")
            + "\nkuromoji=" + mavenVersion("org.apache.lucene", "lucene-analysis-kuromoji")
            + "\njava=" + System.getProperty("java.specification.version")
            + "\ncatalogue=" + resourceDigest("org/kasuhara/catalogue/catalogue.yaml");

    private final ClassLoader loader;

    /** @param loader where packaged knowledge bases and the fact classes are looked up */
    PackagedRuleSets(ClassLoader loader) {
        this.loader = loader;
    }

    /** @return the knowledge bases packaged with Kasuhara's own class path */
    static PackagedRuleSets onClassPath() {
        return new PackagedRuleSets(PackagedRuleSets.class.getClassLoader());
    }

    /** @return how many knowledge bases this JVM has taken from a packaged rule set (for tests and diagnostics) */
    static int used() {
        return USED.get();
    }

    /**
     * @param ruleSetVersion the version of the whole rule set ({@link RuleSetCompiler#version})
     * @param files          the rule files of one knowledge base
     * @return the key of that knowledge base in this build
     */
    static String key(String ruleSetVersion, List<RuleFile> files) {
        MessageDigest digest = sha256();
        digest.update((FORMAT + "\n" + LIBRARY + "\n" + ruleSetVersion + "\n").getBytes(StandardCharsets.UTF_8));
        for (RuleFile file : files) {
            digest.update((file.path() + "\n" + file.content().length + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(file.content());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * @param ruleSetVersion the version of the whole rule set
     * @return the name, under {@link #FOLDER}, of the packaged forms of the rule set's Japanese lexicon terms
     */
    static String termFormsName(String ruleSetVersion) {
        MessageDigest digest = sha256();
        digest.update((FORMAT + "\n" + LIBRARY + "\n" + ruleSetVersion + "\nterm forms").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest()) + ".forms";
    }

    /**
     * Takes the packaged forms of the Japanese lexicon terms of exactly this rule set, if there are any, so that
     * the analyser is built without loading the Kuromoji dictionary ({@link TermFormsFile}).
     *
     * @param ruleSetVersion the version of the whole rule set
     * @return {@code true} when forms were taken
     */
    boolean loadTermForms(String ruleSetVersion) {
        String name = termFormsName(ruleSetVersion);
        try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
            return in != null && TermFormsFile.load(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            LOG.warn("同梱の語形 {} を読めません（{}）。辞書で作ります / Packaged term forms {} cannot be read ({}); generating them",
                    name, e.getClass().getSimpleName(), name, e.getClass().getSimpleName());
            return false;
        }
    }

    /** The classes whose code decides what a term index holds: a rebuilt one gives another name. */
    private static final List<String> INDEX_CODE = List.of("org.kasuhara.text.LexiconEntry",
            "org.kasuhara.text.internal.TermIndex", "org.kasuhara.text.internal.TermIndexFile",
            "org.kasuhara.text.internal.TermAutomaton", "org.kasuhara.text.internal.TermTrie",
            "org.kasuhara.text.internal.SurfaceForm", "org.kasuhara.text.internal.Construction",
            "org.kasuhara.text.internal.EnglishVariants", "org.kasuhara.text.internal.EnglishInflector",
            "org.kasuhara.text.internal.EnglishWords", "org.kasuhara.text.internal.JapaneseTermForms",
            "org.kasuhara.text.internal.JapaneseConjugation", "org.kasuhara.text.internal.JapaneseMorphology",
            "org.kasuhara.text.internal.TextNormalizer", "org.kasuhara.text.internal.NormalizedTextBuilder",
            "org.kasuhara.text.internal.CharClasses", "org.kasuhara.text.internal.LexiconTsvParser");

    /**
     * @param ruleSetVersion the version of the whole rule set
     * @return the name, under {@link #FOLDER}, of the packaged term index of the rule set's lexicons in this build
     */
    String termIndexName(String ruleSetVersion) {
        MessageDigest digest = sha256();
        digest.update((FORMAT + "\n" + LIBRARY + "\n" + ruleSetVersion + "\nterm index\n" + classDigest(INDEX_CODE))
                .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest()) + ".terms";
    }

    /**
     * Takes the packaged index of exactly these lexicon entries, if there is one, so that the analyser is built
     * without generating every spelling and building the automaton again ({@link TermIndexFile}).
     *
     * @param ruleSetVersion the version of the whole rule set
     * @param entries        the rule set's lexicon entries, in file order
     * @return the analyser, or {@code null} when there is none or it cannot be trusted
     */
    TextAnalyzer loadTermIndex(String ruleSetVersion, List<LexiconEntry> entries) {
        String name = termIndexName(ruleSetVersion);
        try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
            return in == null ? null : TermIndexFile.read(in.readAllBytes(), entries, name);
        } catch (IOException | RuntimeException e) {
            LOG.warn("同梱の語の索引 {} を使いません（{}）。作り直します / Packaged term index {} not used ({}); building it",
                    name, e.getMessage(), name, e.getMessage());
            return null;
        }
    }

    /**
     * @param ruleSetVersion the version of the whole rule set
     * @param files          the rule files of one knowledge base
     * @return the packaged knowledge base of exactly these files in this build, or {@code null} when there is none
     *         or it cannot be trusted
     */
    KieBase load(String ruleSetVersion, List<RuleFile> files) {
        String key = key(ruleSetVersion, files);
        String name = FOLDER + key + ".kbase";
        InputStream found = loader.getResourceAsStream(name);
        if (found == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(found, 1 << 16))) {
            String problem = checkHeader(in, key);
            if (problem != null) {
                LOG.warn("同梱のコンパイル済みルール {} を使いません（{}）。コンパイルします / Packaged compiled rules {} not used ({});"
                        + " compiling instead", name, problem, name, problem);
                return null;
            }
            KieBase base = KnowledgeBaseBlobs.read(in);
            USED.incrementAndGet();
            return base;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.warn("同梱のコンパイル済みルール {} を読めません（{}）。コンパイルします / Packaged compiled rules {} cannot be read"
                    + " ({}); compiling instead", name, e.getClass().getSimpleName(), name, e.getClass().getSimpleName());
            return null;
        }
    }

    /** @return why the header does not fit this build, or {@code null} when it does */
    private String checkHeader(DataInputStream in, String key) throws IOException {
        if (!FORMAT.equals(in.readUTF()) || !key.equals(in.readUTF())) {
            return "another format or key";
        }
        int count = in.readInt();
        if (count < 0 || count > 10_000) {
            return "malformed header";
        }
        List<String> classes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            classes.add(in.readUTF());
        }
        return classDigest(classes).equals(in.readUTF()) ? null : "fact classes changed since it was compiled";
    }

    /**
     * @param classes fully qualified class names
     * @return the SHA-256 of their names and bytecode as this class path has them
     */
    String classDigest(List<String> classes) {
        MessageDigest digest = sha256();
        for (String type : classes) {
            digest.update((type + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream bytes = loader.getResourceAsStream(type.replace('.', '/') + ".class")) {
                digest.update(bytes == null ? "missing".getBytes(StandardCharsets.UTF_8) : bytes.readAllBytes());
            } catch (IOException e) {
                digest.update("unreadable".getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return the SHA-256 of a resource of Kasuhara's own class path, or a word saying why there is none */
    private static String resourceDigest(String resource) {
        try (InputStream in = PackagedRuleSets.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? "missing" : HexFormat.of().formatHex(sha256().digest(in.readAllBytes()));
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static String mavenVersion(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = PackagedRuleSets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
