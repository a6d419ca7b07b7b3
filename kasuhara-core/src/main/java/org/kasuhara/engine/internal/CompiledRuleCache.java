// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.text.internal.TermFormsFile;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An on-disk cache of compiled knowledge bases and of the forms of Japanese lexicon terms ({@link TermFormsFile}),
 * so that a process starts warm: the compiled packages of a set of
 * rule files are stored under the SHA-256 of those files, the Kasuhara and Drools builds and the cache format, and
 * read back instead of compiling when the same files come again. Off unless the system property
 * {@value #PROPERTY} names a folder (the command line sets it to a folder in the user's cache).
 *
 * <p>Never trusted blindly: a file that cannot be read back (truncated, another format, a class the filter does not
 * allow) is ignored and replaced by a fresh compilation; reading is limited by an {@link ObjectInputFilter} to the
 * classes of Drools, MVEL, Kasuhara and the JDK ({@link KnowledgeBaseBlobs}). Files are written to a temporary name and moved into place, so a
 * crash mid-write leaves no half file under a real name; the folder keeps the {@value #KEPT} newest. A rule set is still checked (metadata, unreachable rules)
 * after it is read back; only the compilation is skipped.
 */
final class CompiledRuleCache {
    /** The system property naming the cache folder. */
    static final String PROPERTY = org.kasuhara.engine.RuleSet.COMPILED_RULE_CACHE_PROPERTY;
    private static final String FORMAT = "kasuhara-kbase-1";
    /** How many compiled rule sets the folder keeps. */
    static final int KEPT = 16;
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleCache.class);
    private static final AtomicInteger HITS = new AtomicInteger();
    private static final String BUILD = buildFingerprint();
    private static final java.util.concurrent.atomic.AtomicBoolean TERM_FORMS_LOADED =
            new java.util.concurrent.atomic.AtomicBoolean();
    private static volatile int termFormsKnown;

    private final Path folder;

    private CompiledRuleCache(Path folder) {
        this.folder = folder;
    }

    /** @return the cache the system property names, or {@code null} when it is not set */
    static CompiledRuleCache configured() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? null : new CompiledRuleCache(Path.of(value));
    }

    /**
     * Reads the term forms of earlier processes ({@link TermFormsFile}) once per process, before lexicons are built.
     */
    void loadTermForms() {
        if (TERM_FORMS_LOADED.compareAndSet(false, true)) {
            TermFormsFile.load(termFormsFile(), BUILD);
            termFormsKnown = TermFormsFile.known();
        }
    }

    /** Writes the term forms when lexicons added some; a failure only costs time. */
    void saveTermForms() {
        int known = TermFormsFile.known();
        if (known > termFormsKnown) {
            try {
                TermFormsFile.save(termFormsFile(), BUILD);
                termFormsKnown = known;
            } catch (IOException | RuntimeException e) {
                LOG.warn("Term forms could not be cached in {} ({})", folder, e.getClass().getSimpleName());
            }
        }
    }

    private Path termFormsFile() {
        return folder.resolve("term-forms.tsv");
    }

    /** @return how many knowledge bases this JVM has read from a cache (for tests and diagnostics) */
    static int hits() {
        return HITS.get();
    }

    /**
     * @param files the rule files of one knowledge base
     * @return the key of those files in this build
     */
    static String key(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((FORMAT + "\n" + BUILD + "\n").getBytes(StandardCharsets.UTF_8));
            for (RuleFile file : files) {
                digest.update((file.path() + "\n" + file.content().length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(file.content());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * @param key the files' key
     * @return the knowledge base read back, or {@code null} when there is none or it cannot be read
     */
    KieBase load(String key) {
        Path file = folder.resolve(key + ".kbase");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(file))) {
            KieBase base = KnowledgeBaseBlobs.read(in);
            HITS.incrementAndGet();
            return base;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.warn("Compiled rule cache {} cannot be read back ({}); compiling instead", file.getFileName(),
                    e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * Stores compiled packages; a failure is logged and otherwise ignored (the cache only saves time).
     *
     * @param key      the files' key
     * @param packages the compiled packages
     */
    void store(String key, Collection<KiePackage> packages) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            KnowledgeBaseBlobs.write(packages, bytes);
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, key, ".tmp");
            Files.write(temp, bytes.toByteArray());
            Files.move(temp, folder.resolve(key + ".kbase"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Compiled rules could not be cached in {} ({}); the next start compiles them again", folder,
                    e.getClass().getSimpleName());
        }
    }

    /** Keeps the {@value #KEPT} most recently written files: every edit of a watched folder adds one. */
    private void prune() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".kbase"))
                    .sorted(java.util.Comparator.comparingLong((Path p) -> p.toFile().lastModified()).reversed())
                    .toList();
        }
        for (Path old : files.subList(Math.min(KEPT, files.size()), files.size())) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * What identifies this build: the Java version, the class path (fact classes of plug-in modules and hosts live
     * there), the versions of Kasuhara and Drools, and for development builds (no version,
     * or a snapshot) the size and time of the jar or the newest class file, so that changed code never reads a
     * knowledge base compiled against other classes.
     */
    private static String buildFingerprint() {
        StringBuilder out = new StringBuilder("java=").append(System.getProperty("java.specification.version"))
                .append(" classpath=").append(System.getProperty("java.class.path", "").hashCode())
                .append(':').append(System.getProperty("java.class.path", "").length()).append('\n');
        for (Class<?> type : List.of(CompiledRuleCache.class, KieBase.class, InternalKnowledgeBase.class)) {
            String version = type.getPackage().getImplementationVersion();
            out.append(type.getName()).append('=').append(version);
            if (version == null || version.endsWith("SNAPSHOT")) {
                out.append('@').append(codeFingerprint(type));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String codeFingerprint(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown";
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
            }
            try (Stream<Path> walk = Files.walk(location)) {
                return location + ":" + walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().lastModified())
                        .max().orElse(0);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown:" + System.nanoTime(); // unknown code: never reuse a cache
        }
    }
}
