// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import org.kasuhara.web.AccessKeys;
import org.kasuhara.web.Organisation;
import org.kasuhara.web.Organisations;
import org.kasuhara.web.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authentication by key: {@code Authorization: Bearer KEY} for the API, or a staff session cookie after a
 * login with the same key on the dashboard. Every configured hash is checked on each attempt
 * ({@link AccessKeys#matches}), whatever matched before. Sessions are {@link SessionTokens}: nothing is kept here, a
 * session names the key that opened it, and it ends when that key is no longer configured.
 */
final class Access {
    static final String SESSION_COOKIE = "kh_staff";
    private static final Logger LOG = LoggerFactory.getLogger(Access.class);

    private final WebSettings settings;
    private final Organisations organisations;
    private final SessionTokens sessions;

    Access(WebSettings settings, Organisations organisations, Clock clock) {
        this.settings = settings;
        this.organisations = organisations;
        if (settings.sessionSecret() == null) {
            LOG.warn("{}sessionSecret 未設定: スタッフのログインは再起動で切れ、他の台では通りません"
                    + " / not set: staff sessions end at restart and are not accepted by other instances",
                    WebSettings.PREFIX);
        }
        this.sessions = new SessionTokens(clock, settings.sessionSecret(), settings.sessionSecretPrevious());
    }

    /** The principal whose key this is. */
    Optional<Principal> byKey(String key) {
        Principal found = null;
        if (AccessKeys.matches(key, settings.staffKeyHashes())) {
            found = Principal.STAFF;
        }
        for (Organisation o : organisations.all()) {
            if (AccessKeys.matches(key, settings.apiKeyHashes(o.id())) && found == null) {
                found = Principal.organisation(o.id());
            }
        }
        return Optional.ofNullable(found);
    }

    /** The principal of a request's bearer key, or of its session cookie. */
    Optional<Principal> of(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return byKey(header.substring(7).strip());
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (SESSION_COOKIE.equals(c.getName())) {
                    Optional<Principal> found = sessions.verify(c.getValue())
                            .flatMap(claims -> byKeyId(claims.keyId()).map(p -> p.as(claims.handle())));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param key    the access key given at login, already found valid by {@link #byKey}
     * @param handle the checked handle
     * @return the session cookie's value
     */
    String startSession(String key, String handle) {
        return sessions.issue(SessionTokens.keyId(AccessKeys.hash(key)), handle);
    }

    /** @return the {@code Set-Cookie} value that sets a session, limited to the dashboard's path */
    static String cookie(HttpServletRequest request, String value) {
        return SESSION_COOKIE + "=" + value + "; Path=" + request.getContextPath() + "/staff; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : "");
    }

    /** @return the {@code Set-Cookie} value that removes the session cookie from the browser */
    static String clearedCookie(HttpServletRequest request) {
        return SESSION_COOKIE + "=; Path=" + request.getContextPath() + "/staff; Max-Age=0; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : "");
    }

    /** The principal whose configured key has this id; every configured hash is compared. */
    private Optional<Principal> byKeyId(String keyId) {
        byte[] wanted = keyId.getBytes(StandardCharsets.US_ASCII);
        Principal found = null;
        for (String hash : settings.staffKeyHashes()) {
            if (same(wanted, hash) && found == null) {
                found = Principal.STAFF;
            }
        }
        for (Organisation o : organisations.all()) {
            for (String hash : settings.apiKeyHashes(o.id())) {
                if (same(wanted, hash) && found == null) {
                    found = Principal.organisation(o.id());
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean same(byte[] keyId, String hash) {
        return MessageDigest.isEqual(keyId, SessionTokens.keyId(hash).getBytes(StandardCharsets.US_ASCII));
    }
}
