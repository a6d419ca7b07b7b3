// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.kasuhara.engine.RuleSet;
import org.kasuhara.engine.RuleSetException;
import org.kasuhara.engine.RuleSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default rules read while the command line is parsed are used once, and only by a command that asks for them. */
class DefaultRulesAheadTest {
    @AfterEach
    void nothingLeftAhead() {
        DefaultRulesAhead.take();
    }

    @Test
    void onlyACommandThatUsesTheDefaultRulesStartsReadingThem() {
        assertThat(DefaultRulesAhead.startFor(new String[0])).isFalse();
        assertThat(DefaultRulesAhead.startFor(new String[] {"rules", "check", "dir"})).isFalse();
        assertThat(DefaultRulesAhead.startFor(new String[] {"triage", "--rules", "dir", "-"})).isFalse();
        assertThat(DefaultRulesAhead.startFor(new String[] {"eval", "cases", "--rules=dir", "cases.jsonl"})).isFalse();
        assertThat(DefaultRulesAhead.startFor(new String[] {"triage", "--help"})).isFalse();
        assertThat(DefaultRulesAhead.take()).as("nothing was started").isNull();
    }

    @Test
    void theRulesReadAheadAreTheDefaultsAndAreTakenOnce() {
        assertThat(DefaultRulesAhead.startFor(new String[] {"triage", "--json", "-"})).isTrue();
        assertThat(DefaultRulesAhead.startFor(new String[] {"triage", "--json", "-"})).as("one at a time").isFalse();
        RuleSet read = DefaultRulesAhead.pending().join();
        RuleSet ahead = RuleSetLoader.compile(null);
        assertThat(ahead).as("the rules read ahead, not compiled again").isSameAs(read);
        assertThat(ahead.version()).isEqualTo(RuleSet.compile(RuleSource.defaults()).version());
        assertThat(DefaultRulesAhead.take()).as("taken once").isNull();
        assertThat(RuleSetLoader.compile(null)).as("compiled again when none is ahead").isNotSameAs(ahead)
                .extracting(RuleSet::version).isEqualTo(ahead.version());
    }

    @Test
    void aFolderOfRulesNeverTakesTheDefaultsReadAhead(@TempDir Path empty) {
        assertThat(DefaultRulesAhead.startFor(new String[] {"eval", "text"})).isTrue();
        assertThatThrownBy(() -> RuleSetLoader.compile(empty.resolve("missing")))
                .isInstanceOf(RuleSetException.class);
        assertThat(DefaultRulesAhead.take()).as("still there for the defaults").isNotNull();
    }
}
