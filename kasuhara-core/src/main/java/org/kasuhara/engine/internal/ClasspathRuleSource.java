package org.kasuhara.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleSource;

/** A rule set on the classpath: a folder during development, a folder inside a jar once packaged. */
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
        URL url = loader.getResource(root + "/ruleset.yaml");
        if (url == null) {
            throw new IllegalStateException("rule set not found on the classpath: " + root
                    + "/ruleset.yaml (for the default rules, add the kasuhara-rules artifact)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return DirectoryRuleSource.read(jar.getPath("/" + root));
                } catch (FileSystemAlreadyExistsException e) {
                    return DirectoryRuleSource.read(FileSystems.getFileSystem(uri).getPath("/" + root));
                }
            }
            return DirectoryRuleSource.read(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set " + url, e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        return FileSystems.newFileSystem(uri, Map.of());
    }
}
