// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.engine.RuleSource;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.web.KasuharaWeb;

class CounterServletsTest {

    @Test
    void aMountPathWithATrailingSlashOrNoLeadingOneIsRefused(@TempDir Path rules) {
        KasuharaWeb web = KasuharaWeb.builder().store(CaseStore.inMemory())
                .engine(TriageEngine.builder().rules(RuleSource.directory(TestRuleSets.basic(rules))).build()).build();

        for (String path : new String[] {"/kasuhara/", "kasuhara", "/", "/a b"}) {
            assertThatThrownBy(() -> new CounterServlets(web, path)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("kasuhara.web.path");
        }
    }
}
