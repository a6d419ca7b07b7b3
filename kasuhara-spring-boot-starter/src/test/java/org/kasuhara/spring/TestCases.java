// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.spring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.kasuhara.engine.TestRuleSets;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;

/** Cases and a small rule folder (calls of 60 minutes or more are harassment) for the starter's tests. */
final class TestCases {
    private TestCases() {
    }

    static Case callOf(String id, int minutes) {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T14:00:00+09:00");
        return Case.builder(id, start, Channel.PHONE).organization("acme-foods", null)
                .contact(new Contact(Channel.PHONE, start, start.plusMinutes(minutes), "op-1", null, null)).build();
    }

    static Path ruleFolder(Path dir) {
        TestRuleSets.basic(dir);
        try {
            Files.writeString(dir.resolve("policy.yaml"), "defaults:\n  confinementMinutes: 60\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }
}
