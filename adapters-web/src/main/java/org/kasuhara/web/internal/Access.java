// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kasuhara.web.AccessKeys;
import org.kasuhara.web.Organisation;
import org.kasuhara.web.Organisations;
import org.kasuhara.web.WebSettings;

/**
 * Authentication by key: {@code Authorization: Bearer KEY} for the API, or a staff session cookie after a
 * login with the same key on the dashboard. Every configured hash is checked on each attempt
 * ({@link AccessKeys#matches}), whatever matched before.
 */
final class Access {
    static final String SESSION_COOKIE = "kh_staff";
    private static final Duration SESSION_LIFETIME = Duration.ofHours(8);

    private final WebSettings settings;
    private final Organisations organisations;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    Access(WebSettings settings, Organisations organisations) {
        this.settings = settings;
        this.organisations = organisations;
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
                    Session s = sessions.get(c.getValue());
                    if (s != null && s.expiresAtNanos - System.nanoTime() > 0) {
                        return Optional.of(s.principal);
                    }
                    sessions.remove(c.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** Starts a session and returns its cookie value. */
    String startSession(Principal principal) {
        String value = AccessKeys.generate();   // 256 random bits, like an API key
        sessions.entrySet().removeIf(e -> e.getValue().expiresAtNanos - System.nanoTime() <= 0);
        sessions.put(value, new Session(principal, System.nanoTime() + SESSION_LIFETIME.toNanos()));
        return value;
    }

    void endSession(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (SESSION_COOKIE.equals(c.getName())) {
                    sessions.remove(c.getValue());
                }
            }
        }
    }

    private record Session(Principal principal, long expiresAtNanos) {
    }
}
