// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kasuhara.testing.ConsoleCapture;

/**
 * One setting names the trusted proxies, {@code trustedProxies}; the former {@code trustedProxy=true} still works
 * as {@code *} and says once that it is deprecated. Forwarded headers count only from a listed proxy, for the rate
 * limit and for the scheme.
 */
class TrustedProxiesTest {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Map<String, String> limited(String key, String value) {
        Map<String, String> settings = new HashMap<>();
        settings.put("kasuhara.web.rateLimit.perMinute", "1");
        settings.put("kasuhara.web.rateLimit.burst", "1");
        if (key != null) {
            settings.put("kasuhara.web." + key, value);
        }
        return settings;
    }

    private int form(TestServer server, String header, String value) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri("/form")).header(header, value).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Two requests from one forwarded client with a burst of one: the second is limited if both count as one. */
    private boolean separateBuckets(TestServer server, String header, String first, String second)
            throws IOException, InterruptedException {
        assertThat(form(server, header, first)).isEqualTo(200);
        return form(server, header, second) == 200;
    }

    @Test
    void bothSpellingsGiveEachForwardedClientItsOwnLimit() throws Exception {
        for (String[] setting : List.of(new String[] {"trustedProxies", "127.0.0.1"},
                new String[] {"trustedProxies", "::1, 127.0.0.1"}, new String[] {"trustedProxies", "*"},
                new String[] {"trustedProxy", "true"})) {
            try (TestServer server = new TestServer(limited(setting[0], setting[1]))) {
                assertThat(separateBuckets(server, "X-Forwarded-For", "203.0.113.10", "203.0.113.20"))
                        .as(String.join("=", setting)).isTrue();
                assertThat(form(server, "X-Forwarded-For", "203.0.113.10")).as("the first client again")
                        .isEqualTo(429);
            }
        }
    }

    @Test
    void withoutATrustedProxyOrFromAnotherPeerForwardedHeadersAreIgnored() throws Exception {
        for (String[] setting : List.of(new String[] {null, null}, new String[] {"trustedProxies", "192.0.2.7"},
                new String[] {"trustedProxy", "false"},
                new String[] {"trustedProxies", "192.0.2.7", "trustedProxy", "true"})) {
            Map<String, String> settings = limited(setting[0], setting[1]);
            if (setting.length > 2) {
                settings.put("kasuhara.web." + setting[2], setting[3]);
            }
            try (TestServer server = new TestServer(settings)) {
                assertThat(separateBuckets(server, "X-Forwarded-For", "203.0.113.10", "203.0.113.20"))
                        .as(String.join("=", settings.keySet())).isFalse();
            }
        }
    }

    @Test
    void anEntryTheClientWroteBeforeTheProxysIsNotBelieved() throws Exception {
        try (TestServer server = new TestServer(limited("trustedProxies", "127.0.0.1"))) {
            assertThat(separateBuckets(server, "X-Forwarded-For", "198.51.100.1, 203.0.113.10",
                    "198.51.100.2, 203.0.113.10")).isFalse();
        }
    }

    @Test
    void aProxyThatSendsOnlyTheStandardForwardedHeaderIsReadToo() throws Exception {
        try (TestServer server = new TestServer(limited("trustedProxies", "127.0.0.1"))) {
            assertThat(separateBuckets(server, "Forwarded", "for=\"[2001:db8::1]:4711\";proto=https",
                    "for=192.0.2.60:80;by=203.0.113.43")).isTrue();
        }
        try (TestServer direct = new TestServer(limited(null, null))) {
            assertThat(separateBuckets(direct, "Forwarded", "for=192.0.2.1", "for=192.0.2.2")).isFalse();
        }
    }

    @Test
    void theSchemeOfATrustedTlsProxyMakesTheCookiesSecureAndAnyOtherPeerCannotClaimIt() throws Exception {
        for (String proxies : new String[] {"127.0.0.1", "192.0.2.7"}) {
            try (TestServer server = new TestServer(Map.of("kasuhara.web.trustedProxies", proxies))) {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(server.uri("/form"))
                        .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());
                assertThat(r.headers().allValues("Set-Cookie")).as(proxies).singleElement()
                        .satisfies(c -> assertThat(c.endsWith("; Secure")).isEqualTo(proxies.equals("127.0.0.1")));
            }
        }
    }

    @Test
    void theDeprecatedSpellingSaysSoOnceInBothLanguages() throws Exception {
        String log = ConsoleCapture.of(() -> new TestServer(Map.of("kasuhara.web.trustedProxy", "true")).close());
        assertThat(log.lines().filter(l -> l.contains("trustedProxy ")).toList()).singleElement()
                .satisfies(l -> assertThat(l).contains("非推奨", "deprecated", "trustedProxies"));
        String current = ConsoleCapture.of(() -> new TestServer(Map.of("kasuhara.web.trustedProxies", "*")).close());
        assertThat(current).doesNotContain("deprecated");
    }

    @Test
    void anEntryThatIsNoAddressIsRefusedNamingTheSettingAndNeverLookedUp() {
        for (String bad : new String[] {"proxy.example", "999.1.1.1", "10.0.0.0/8", "localhost"}) {
            assertThatThrownBy(() -> WebSettings.of(Map.of("kasuhara.web.trustedProxies", bad)).trustedProxies())
                    .as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("kasuhara.web.trustedProxies").hasMessageContaining(bad);
        }
        assertThat(WebSettings.of(Map.of("kasuhara.web.trustedProxy", "true")).trustedProxies()).containsExactly("*");
        assertThat(WebSettings.of(Map.of("kasuhara.web.trustedProxies", " 10.0.0.1 , ::1 ")).trustedProxies())
                .containsExactly("10.0.0.1", "::1");
    }
}
