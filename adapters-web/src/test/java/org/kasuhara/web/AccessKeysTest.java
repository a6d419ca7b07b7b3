// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys, settings and the organisations file. */
class AccessKeysTest {
    @TempDir
    Path dir;

    @Test
    void generatedKeysAreLongRandomAndMatchOnlyTheirOwnHash() {
        String a = AccessKeys.generate();
        String b = AccessKeys.generate();
        assertThat(a).hasSize(43).isNotEqualTo(b);
        assertThat(AccessKeys.hash(a)).matches("[0-9a-f]{64}");
        assertThat(AccessKeys.matches(a, List.of(AccessKeys.hash(b), AccessKeys.hash(a)))).isTrue();
        assertThat(AccessKeys.matches(b, List.of(AccessKeys.hash(a)))).isFalse();
        assertThat(AccessKeys.matches(null, List.of(AccessKeys.hash(a)))).isFalse();
    }

    @Test
    void settingsHaveSafeDefaults() {
        WebSettings defaults = key -> null;
        assertThat(defaults.port()).isEqualTo(8080);
        assertThat(defaults.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(defaults.maxRequestBytes()).isEqualTo(64 * 1024);
        assertThat(defaults.ratePerMinute()).isEqualTo(120);
        assertThat(defaults.staffKeyHashes()).isEmpty();
        assertThat(defaults.zone().getId()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void aKeyInClearInTheSettingsIsRefused() {
        WebSettings settings = WebSettings.of(Map.of("kasuhara.web.staffKey", "my-secret-key"));
        assertThatThrownBy(settings::staffKeyHashes).hasMessageContaining("SHA-256").hasMessageNotContaining("my-secret");
        assertThatThrownBy(() -> WebSettings.of(Map.of("kasuhara.web.port", "http")).port())
                .hasMessageContaining("kasuhara.web.port");
    }

    @Test
    void organisationsAreReadFromYamlWithTheirSites() throws Exception {
        Path file = dir.resolve("orgs.yaml");
        Files.writeString(file, """
                organisations:
                  - id: city-hall
                    name: { ja: 市役所, en: City Hall }
                    sites:
                      - { id: window-1, name: { ja: 1番窓口 } }
                """);
        Organisations orgs = Organisations.read(file);
        Organisation o = orgs.find("city-hall").orElseThrow();
        assertThat(o.name("en")).isEqualTo("City Hall");
        assertThat(o.site("window-1").orElseThrow().name("en")).isEqualTo("1番窓口");
        Files.writeString(file, "organisations:\n  - id: x\n");
        assertThatThrownBy(() -> Organisations.read(file)).hasMessageContaining("organisations[0].name.ja");
        assertThat(Organisations.demo().all()).hasSizeGreaterThan(1);
    }
}
