// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule packages as bytes and back (Drools' own package serialisation), for the on-disk cache
 * ({@link CompiledRuleCache}) and the rule sets packaged at build time ({@link PackagedRuleSets}). Reading is
 * limited by an {@link ObjectInputFilter} to the classes of Drools, MVEL, Kasuhara and the JDK: a knowledge base
 * read back is code, and nothing else may come in with it.
 */
final class KnowledgeBaseBlobs {
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;maxrefs=2000000;maxbytes=268435456;java.**;org.drools.**;org.kie.**;org.mvel2.**;"
                    + "org.kasuhara.**;!*");

    private KnowledgeBaseBlobs() {
    }

    /**
     * @param in the bytes {@link #write} wrote; not closed
     * @return a new knowledge base holding the packages read
     * @throws IOException            when the bytes are truncated or of another format
     * @throws ClassNotFoundException when they name a class this build does not have
     */
    static KieBase read(InputStream in) throws IOException, ClassNotFoundException {
        ObjectInputStream objects = new DroolsObjectInputStream(in, KnowledgeBaseBlobs.class.getClassLoader());
        objects.setObjectInputFilter(FILTER);
        Object packages = objects.readObject();
        List<KiePackage> list = new ArrayList<>();
        for (Object p : (Collection<?>) packages) {
            list.add((KiePackage) p);
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(list);
        return base;
    }

    /**
     * @param packages compiled packages
     * @param out      where to write them; flushed, not closed
     * @throws IOException when writing fails
     */
    static void write(Collection<KiePackage> packages, OutputStream out) throws IOException {
        ObjectOutputStream objects = new DroolsObjectOutputStream(out);
        objects.writeObject(new ArrayList<>(packages));
        objects.flush();
    }
}
