// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Term forms kept between processes: read back only by the same build, ignored when damaged. */
class TermFormsFileTest {

    @Test
    void formsWrittenByABuildAreReadBackByTheSameBuildOnly(@TempDir Path dir) throws IOException {
        List<SurfaceForm> forms = JapaneseTermForms.of("殴る");
        Path file = dir.resolve("term-forms.tsv");

        TermFormsFile.save(file, "build-1");

        assertThat(Files.readString(file)).contains("殴る\t殴る:2");
        assertThat(TermFormsFile.load(file, "build-1")).isTrue();
        assertThat(TermFormsFile.load(file, "build-2")).isFalse();
        assertThat(JapaneseTermForms.of("殴る")).isEqualTo(forms);
    }

    @Test
    void aDamagedFileIsIgnoredWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("term-forms.tsv");
        TermFormsFile.save(file, "build-1");
        Files.writeString(file, Files.readString(file) + "壊れた\tform-without-count\n");
        assertThat(TermFormsFile.load(file, "build-1")).isFalse();
        assertThat(TermFormsFile.load(dir.resolve("missing.tsv"), "build-1")).isFalse();
    }
}
