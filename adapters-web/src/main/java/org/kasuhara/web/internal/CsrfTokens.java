// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF protection by a signed double-submit cookie: the page's hidden field {@code csrf} must equal the
 * {@code kh_csrf} cookie (HttpOnly, SameSite=Strict), and the value must carry this server's HMAC over a nonce and
 * the time it was issued, so that a cookie planted by a sibling domain is worthless and a token expires after
 * {@link #LIFETIME}. A state-changing request whose {@code Origin} is another site is refused too. Compared in
 * constant time.
 */
final class CsrfTokens {
    static final String COOKIE = "kh_csrf";
    static final String FIELD = "csrf";
    /** How long a token is accepted after it was issued. */
    static final java.time.Duration LIFETIME = java.time.Duration.ofHours(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret;
    private final java.time.Clock clock;

    /**
     * @param clock      the time tokens are issued and checked at
     * @param configured the operator's secret ({@code csrfSecret}), shared by every instance behind one address so a
     *                   token issued by one is accepted by another and after a restart; {@code null} or blank draws a
     *                   random one for this process
     */
    CsrfTokens(java.time.Clock clock, String configured) {
        this.clock = clock;
        if (configured == null || configured.isBlank()) {
            secret = new byte[32];
            RANDOM.nextBytes(secret);
        } else {
            try {
                secret = MessageDigest.getInstance("SHA-256").digest(
                        ("kasuhara-csrf:" + configured.strip()).getBytes(StandardCharsets.UTF_8));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }

    /** The request's valid token, or a new one set as cookie on the response. */
    String tokenFor(HttpServletRequest request, HttpServletResponse response) {
        String existing = cookie(request);
        if (existing != null && signed(existing)) {
            return existing;
        }
        byte[] nonce = new byte[18];
        RANDOM.nextBytes(nonce);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce) + "."
                + clock.instant().getEpochSecond();
        String token = value + "." + mac(value);
        response.addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : ""));
        return token;
    }

    /** Whether a state-changing form request carries a field equal to its signed cookie. */
    boolean verify(HttpServletRequest request) {
        String cookie = cookie(request);
        String field = request.getParameter(FIELD);
        return cookie != null && field != null && sameOrigin(request) && signed(cookie)
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII),
                        field.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A browser names the site a form was sent from: it must be this server. Absent (an older client) or
     * {@code null} (what browsers send under this server's own {@code Referrer-Policy: no-referrer}) says nothing,
     * and the signed token and its SameSite cookie still decide.
     */
    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || "null".equals(origin)) {
            return true;
        }
        int port = request.getServerPort();
        String scheme = request.getScheme();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String host = request.getServerName().contains(":") ? "[" + request.getServerName() + "]"
                : request.getServerName();
        return origin.equalsIgnoreCase(scheme + "://" + host + (defaultPort ? "" : ":" + port));
    }

    /** Signed by this server, and issued within {@link #LIFETIME}. */
    private boolean signed(String token) {
        int dot = token.lastIndexOf('.');
        int issuedAt = token.lastIndexOf('.', dot - 1);
        if (dot <= 0 || issuedAt <= 0 || !MessageDigest.isEqual(mac(token.substring(0, dot))
                .getBytes(StandardCharsets.US_ASCII), token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            long issued = Long.parseLong(token.substring(issuedAt + 1, dot));
            long age = clock.instant().getEpochSecond() - issued;
            return age >= 0 && age <= LIFETIME.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String mac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }
}
