// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kasuhara.testing.ConsoleCapture;

/**
 * Staff sessions are signed cookies (issue 16): accepted by every instance with the same secret and after a
 * restart, refused with another secret, and every forged, damaged or expired cookie is a login page, never a 500.
 */
class StaffSessionTest {
    private static final String SECRET = "a-shared-session-secret-of-at-least-32-characters";
    private static final String OTHER = "another-session-secret-of-at-least-32-characters";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private static Map<String, String> secrets(String current, String previous) {
        Map<String, String> settings = new HashMap<>();
        settings.put("kasuhara.web.sessionSecret", current);
        if (previous != null) {
            settings.put("kasuhara.web.sessionSecretPrevious", previous);
        }
        return settings;
    }

    @Test
    void aSessionFromOneInstanceIsAcceptedByAnotherAndAfterARestartButNotUnderAnotherSecret() throws Exception {
        String session;
        try (TestServer first = new TestServer(secrets(SECRET, null))) {
            session = value(login(first, TestServer.STAFF_KEY, "sato"));
            assertThat(status(first, "/staff/rules", session)).isEqualTo(200);
        }
        try (TestServer second = new TestServer(secrets(SECRET, null));
             TestServer other = new TestServer(secrets(OTHER, null));
             TestServer unset = new TestServer(Map.of())) {
            assertThat(status(second, "/staff/rules", session)).as("same secret, after the first stopped")
                    .isEqualTo(200);
            assertThat(status(other, "/staff/rules", session)).as("another secret").isEqualTo(401);
            assertThat(status(unset, "/staff/rules", session)).as("a random secret").isEqualTo(401);
        }
    }

    @Test
    void theHandleGivenAtLoginOnOneInstanceIsTheAuditActorOnAnother() throws Exception {
        Map<String, String> shared = secrets(SECRET, null);
        shared.put("kasuhara.web.csrfSecret", SECRET);
        try (TestServer first = new TestServer(shared); TestServer second = new TestServer(shared)) {
            String session = value(login(first, TestServer.STAFF_KEY, "高橋みどり"));
            String body = second.http().postJson("/api/v1/cases", TestServer.ACME_KEY,
                    Samples.caseJson("SESSION-1", null, Samples.POLITE)).body();
            String receipt = body.replaceAll("(?s).*\"receipt\":\"(KH-\\d+)\".*", "$1");
            HttpResponse<String> page = get(second, "/staff/case/" + receipt, "kh_staff=" + session);
            String csrf = csrfCookie(page);
            HttpResponse<String> done = post(second, "/staff/case/" + receipt + "/verdict",
                    "kh_staff=" + session + "; " + csrf, Map.of("csrf", csrf.substring(8),
                            "verdict", "NEEDS_REVIEW", "reason", "確認のため"));
            assertThat(done.statusCode()).isEqualTo(303);
            assertThat(second.store.auditLog(receipt)).anyMatch(e -> e.actor().equals("高橋みどり"));
        }
    }

    @Test
    void anOrganisationsSessionStaysAnOrganisationsSessionOnTheOtherInstance() throws Exception {
        try (TestServer first = new TestServer(secrets(SECRET, null));
             TestServer second = new TestServer(secrets(SECRET, null))) {
            String session = value(login(first, TestServer.ACME_KEY, "acme-desk"));
            assertThat(status(second, "/staff", session)).isEqualTo(200);
            assertThat(status(second, "/staff/rules", session)).as("the rules page is for staff").isEqualTo(403);
        }
    }

    @Test
    void aSessionEndsWhenItsKeyIsNoLongerConfigured() throws Exception {
        String session;
        try (TestServer first = new TestServer(secrets(SECRET, null))) {
            session = value(login(first, TestServer.STAFF_KEY, "sato"));
        }
        Map<String, String> rotatedKey = secrets(SECRET, null);
        rotatedKey.put("kasuhara.web.staffKey", AccessKeys.hash("a-new-staff-key-0123456789abcdef"));
        try (TestServer second = new TestServer(rotatedKey)) {
            assertThat(status(second, "/staff/rules", session)).isEqualTo(401);
        }
    }

    @Test
    void whileRotatingThePreviousSecretStillVerifiesButNewSessionsAreSignedWithTheNewOne() throws Exception {
        try (TestServer old = new TestServer(secrets(SECRET, null));
             TestServer rotating = new TestServer(secrets(OTHER, SECRET));
             TestServer rotated = new TestServer(secrets(OTHER, null))) {
            String before = value(login(old, TestServer.STAFF_KEY, "sato"));
            assertThat(status(rotating, "/staff/rules", before)).as("signed with the previous secret").isEqualTo(200);
            assertThat(status(rotated, "/staff/rules", before)).as("after the rotation ends").isEqualTo(401);
            String after = value(login(rotating, TestServer.STAFF_KEY, "sato"));
            assertThat(status(rotated, "/staff/rules", after)).isEqualTo(200);
            assertThat(status(old, "/staff/rules", after)).as("the previous secret never signs").isEqualTo(401);
        }
    }

    @Test
    void aSessionExpiresEightHoursAfterLoginWhateverHappensInIt() throws Exception {
        MovingClock clock = new MovingClock(Instant.parse("2026-11-20T01:00:00Z"));
        try (TestServer server = new TestServer(secrets(SECRET, null), Clock.systemUTC(), clock)) {
            Instant start = clock.now;
            String session = value(login(server, TestServer.STAFF_KEY, "sato"));
            clock.now = start.plus(Duration.ofHours(8)).minusSeconds(1);
            assertThat(status(server, "/staff/rules", session)).isEqualTo(200);
            clock.now = start.plus(Duration.ofHours(8));
            assertThat(status(server, "/staff/rules", session)).isEqualTo(401);
            clock.now = start.minus(Duration.ofMinutes(5));
            assertThat(status(server, "/staff/rules", session)).as("issued in this server's future").isEqualTo(401);
        }
    }

    @Test
    void forgedDamagedAndGarbageCookiesGetTheLoginPageNeverAnError() throws Exception {
        try (TestServer server = new TestServer(secrets(SECRET, null))) {
            String valid = value(login(server, TestServer.STAFF_KEY, "sato"));
            String[] parts = valid.split("\\.");
            List<String> bad = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                String[] tampered = parts.clone();
                char c = tampered[i].charAt(tampered[i].length() - 1);
                tampered[i] = tampered[i].substring(0, tampered[i].length() - 1) + (c == '1' ? '2' : '1');
                bad.add(String.join(".", tampered));
            }
            bad.add("2" + valid.substring(1));
            bad.add(valid.substring(0, valid.length() - 1));
            bad.add(valid.substring(0, valid.lastIndexOf('.')));
            bad.add(valid + ".");
            bad.add(valid + "A");
            bad.add(valid + "." + parts[parts.length - 1]);
            bad.add(valid.replace(parts[3], "99999999999"));
            bad.add(valid.replace(parts[2], "0"));
            bad.add(valid.repeat(10));
            bad.add("A".repeat(4000));
            bad.addAll(List.of("", ".", "......", "1.a.b.c.d.e.f", "null", "%00", "\"quoted\"", "1..........",
                    "1." + "A".repeat(22) + ".999999999999.999999999999." + "A".repeat(16) + "." + "A".repeat(40)
                            + "." + "A".repeat(43), "-1", "1.%C3%A9", "secret-session"));
            for (String cookie : bad) {
                assertThat(status(server, "/staff/rules", cookie)).as(cookie).isEqualTo(401);
                HttpResponse<String> list = get(server, "/staff", "kh_staff=" + cookie);
                assertThat(list.statusCode()).as(cookie).isEqualTo(200);
                assertThat(list.body()).as(cookie).contains("name=\"key\"").doesNotContain("id=\"cases\"");
            }
            assertThat(status(server, "/staff/rules", valid)).as("the valid one, still").isEqualTo(200);
        }
    }

    @Test
    void aForgedCookieBesideAValidOneDoesNotHideIt() throws Exception {
        try (TestServer server = new TestServer(secrets(SECRET, null))) {
            String valid = value(login(server, TestServer.STAFF_KEY, "sato"));
            HttpResponse<String> r = get(server, "/staff/rules", "kh_staff=forged; kh_staff=" + valid);
            assertThat(r.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theCookieHoldsNothingPersonalNorTheKeyAndIsHttpOnlyStrictAndLimitedToTheDashboard() throws Exception {
        String handle = "高橋みどり-takahashi";
        try (TestServer server = new TestServer(secrets(SECRET, null))) {
            String setCookie = login(server, TestServer.STAFF_KEY, handle);
            String value = value(setCookie);
            assertThat(setCookie).contains("; Path=/staff;", "; HttpOnly", "; SameSite=Strict")
                    .doesNotContain("Secure", "Max-Age", "Domain");
            String decoded = decodedParts(value);
            for (String secret : List.of(handle, "takahashi", "高橋",
                    URLEncoder.encode("高橋", StandardCharsets.UTF_8), TestServer.STAFF_KEY,
                    AccessKeys.hash(TestServer.STAFF_KEY), AccessKeys.hash(TestServer.STAFF_KEY).substring(0, 16),
                    SECRET)) {
                assertThat(value).doesNotContain(secret);
                assertThat(decoded).doesNotContain(secret);
            }
            String other = value(login(server, TestServer.STAFF_KEY, handle));
            assertThat(other.split("\\.")[1]).as("each login has its own random session id")
                    .isNotEqualTo(value.split("\\.")[1]);
        }
    }

    @Test
    void behindATrustedTlsProxyTheCookieIsSecure() throws Exception {
        Map<String, String> settings = secrets(SECRET, null);
        settings.put("kasuhara.web.trustedProxies", "127.0.0.1");
        try (TestServer server = new TestServer(settings)) {
            HttpResponse<String> form = CLIENT.send(HttpRequest.newBuilder(server.uri("/staff"))
                    .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
            String csrf = csrfCookie(form);
            HttpResponse<String> in = CLIENT.send(HttpRequest.newBuilder(server.uri("/staff/login"))
                    .header("X-Forwarded-Proto", "https").header("Cookie", csrf)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("csrf", csrf.substring(8), "key",
                            TestServer.STAFF_KEY, "handle", "sato")))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(in.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("kh_staff=")
                    && c.endsWith("; Secure"));
        }
    }

    @Test
    void logoutClearsTheCookieButACopyTakenBeforeLastsUntilItExpires() throws Exception {
        try (TestServer server = new TestServer(secrets(SECRET, null))) {
            String session = value(login(server, TestServer.STAFF_KEY, "sato"));
            HttpResponse<String> page = get(server, "/staff", "kh_staff=" + session);
            String csrf = csrfCookie(page);
            HttpResponse<String> out = post(server, "/staff/logout", "kh_staff=" + session + "; " + csrf,
                    Map.of("csrf", csrf.substring(8)));
            assertThat(out.headers().allValues("Set-Cookie"))
                    .contains("kh_staff=; Path=/staff; Max-Age=0; HttpOnly; SameSite=Strict");
            assertThat(status(server, "/staff/rules", session))
                    .as("documented: stateless sessions are revoked by a new secret, not by logout").isEqualTo(200);
        }
    }

    @Test
    void withoutASecretOneBilingualLineWarnsThatSessionsEndAtRestart() throws Exception {
        String unset = ConsoleCapture.of(() -> new TestServer(Map.of()).close());
        assertThat(unset.lines().filter(l -> l.contains("sessionSecret")).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("再起動", "restart"));
        String set = ConsoleCapture.of(() -> new TestServer(secrets(SECRET, null)).close());
        assertThat(set).doesNotContain("sessionSecret");
    }

    @Test
    void secretsTooShortOrAPreviousWithoutACurrentAreRefusedNamingTheSetting() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TestServer(secrets("short", null)))
                .hasMessageContaining("kasuhara.web.sessionSecret").hasMessageContaining("32");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TestServer(secrets(SECRET, "short")))
                .hasMessageContaining("kasuhara.web.sessionSecretPrevious").hasMessageContaining("32");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TestServer(Map.of(
                "kasuhara.web.sessionSecretPrevious", SECRET))).hasMessageContaining("sessionSecretPrevious")
                .hasMessageContaining("kasuhara.web.sessionSecret ");
    }

    /** Logs in over HTTP and returns the session's {@code Set-Cookie} header. */
    private static String login(TestServer server, String key, String handle) throws IOException,
            InterruptedException {
        HttpResponse<String> page = get(server, "/staff", null);
        String csrf = csrfCookie(page);
        HttpResponse<String> in = post(server, "/staff/login", csrf, Map.of("csrf", csrf.substring(8), "key", key,
                "handle", handle));
        assertThat(in.statusCode()).as(in.body()).isEqualTo(302);
        return in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kh_staff=")).findFirst()
                .orElseThrow();
    }

    private static String value(String setCookie) {
        return setCookie.substring("kh_staff=".length(), setCookie.indexOf(';'));
    }

    private static int status(TestServer server, String path, String session) throws IOException,
            InterruptedException {
        return get(server, path, "kh_staff=" + session).statusCode();
    }

    private static HttpResponse<String> get(TestServer server, String path, String cookie) throws IOException,
            InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        HttpResponse<String> response = CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("never a server error").isLessThan(500);
        return response;
    }

    private static HttpResponse<String> post(TestServer server, String path, String cookie,
            Map<String, String> fields) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(server.uri(path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page's CSRF cookie as {@code kh_csrf=VALUE}, checked against its hidden field. */
    private static String csrfCookie(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF field").isTrue();
        return "kh_csrf=" + m.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** Every part of a token decoded as if it were Base64 text, to search for what must not be there. */
    private static String decodedParts(String token) {
        StringBuilder out = new StringBuilder();
        for (String part : token.split("\\.")) {
            try {
                out.append(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)).append('\n');
            } catch (IllegalArgumentException notBase64) {
                out.append(part).append('\n');
            }
        }
        return out.toString();
    }
}
