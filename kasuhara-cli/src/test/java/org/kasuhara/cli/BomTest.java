// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The bill of materials (kasuhara-bom) manages every published module of the build at the build's version: a module
 * added to the build without its line in the BOM, or a version bumped in one place only, fails here.
 */
class BomTest {
    private static final Path ROOT = Path.of("..");
    /** Built but not published: embedding examples and the benchmarks. */
    private static final Set<String> NOT_PUBLISHED = Set.of("examples", "examples/spring-boot-helpdesk", "benchmarks",
            "kasuhara-bom");

    @Test
    void theBomManagesEveryPublishedModuleAtTheBuildsVersion() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("kasuhara-bom/pom.xml"));
        String version = child(parent.getDocumentElement(), "version");

        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
        List<String> managed = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(child(dependency, "version")).isEqualTo("${project.version}");
            managed.add(child(dependency, "artifactId"));
        }
        List<String> published = new ArrayList<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().strip();
            if (!NOT_PUBLISHED.contains(module)) {
                published.add(child(read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement(), "artifactId"));
            }
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
    }

    @Test
    void theReleaseProfileUploadsNoModuleThatIsNotPublished() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        List<String> excluded = new ArrayList<>();
        NodeList names = parent.getElementsByTagName("excludeArtifact");
        for (int i = 0; i < names.getLength(); i++) {
            excluded.add(names.item(i).getTextContent().strip());
        }
        List<String> notPublished = new ArrayList<>();
        for (String module : NOT_PUBLISHED) {
            if (!module.equals("kasuhara-bom")) {
                notPublished.add(child(read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement(),
                        "artifactId"));
            }
        }
        assertThat(excluded).containsExactlyInAnyOrderElementsOf(notPublished);
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    /** The text of an element's direct child (not of the parent section's or a dependency's). */
    private static String child(Element element, String name) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError(name + " missing in " + element.getTagName());
    }
}
