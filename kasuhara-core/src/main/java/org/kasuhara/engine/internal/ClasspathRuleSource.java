// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;

/**
 * A rule set on the classpath: a folder during development, a folder inside a jar once packaged. A jar is read
 * through its own {@link JarFile} on every call, never through a shared file system, so concurrent
 * compilations cannot close each other's input.
 */
public final class ClasspathRuleSource implements RuleSource {
    private final String root;
    private final ClassLoader loader;

    /**
     * @param root   the folder's resource path
     * @param loader where to look
     */
    public ClasspathRuleSource(String root, ClassLoader loader) {
        this.root = root.replaceAll("^/+|/+$", "");
        this.loader = loader;
    }

    @Override
    public String describe() {
        return "classpath:" + root;
    }

    @Override
    public List<RuleFile> files() {
        URL url = loader.getResource(root + "/" + RuleFileKinds.MANIFEST);
        if (url == null) {
            throw new IllegalStateException("rule set not found on the classpath: " + root + "/"
                    + RuleFileKinds.MANIFEST + " (for the default rules, add the kasuhara-rules artifact)");
        }
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                try (JarFile file = jar.getJarFile()) {
                    return readJar(file);
                }
            }
            return DirectoryRuleSource.read(Path.of(url.toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set " + url, e);
        }
    }

    private List<RuleFile> readJar(JarFile jar) throws IOException {
        String prefix = root + "/";
        List<RuleFile> files = new ArrayList<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (!entry.isDirectory() && entry.getName().startsWith(prefix)
                    && !RuleFileKinds.isHidden(entry.getName())) {
                try (InputStream in = jar.getInputStream(entry)) {
                    files.add(new RuleFile(entry.getName().substring(prefix.length()), in.readAllBytes()));
                }
            }
        }
        files.sort(Comparator.comparing(RuleFile::path));
        return List.copyOf(files);
    }
}
