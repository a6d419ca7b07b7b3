// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Settings of the web counter as an interface over {@link #get(String)} with defaults, so that
 * {@link Properties}, a {@link Map}, Spring's {@code Environment} or MicroProfile Config can back it without a
 * framework dependency. Every key starts with {@value #PREFIX}.
 *
 * <p>API keys are never configured in clear: {@code apiKey.ORG} and {@code staffKey} hold SHA-256 hashes
 * ({@link AccessKeys#hash(String)}), comma-separated to allow rotation.
 */
public interface WebSettings {
    /** The prefix of every key. */
    String PREFIX = "kasuhara.web.";
    /** Default port. */
    int DEFAULT_PORT = 8080;
    /** Default bind address: loopback only, so that nothing is exposed by accident. */
    String DEFAULT_BIND = "127.0.0.1";
    /** Default requests per client and minute. */
    int DEFAULT_RATE_PER_MINUTE = 120;
    /** Default burst of requests a client may make at once. */
    int DEFAULT_RATE_BURST = 30;
    /** Default largest request body in bytes (64 KiB: a long complaint is ~10 KiB). */
    long DEFAULT_MAX_REQUEST_BYTES = 64 * 1024;
    /** Connections one client address may hold open at once. */
    int DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 16;
    /** The slowest a request body may arrive, bytes per second, before the client is dropped. */
    int DEFAULT_MIN_REQUEST_BYTES_PER_SECOND = 1024;
    /** How long a connection may stay silent, milliseconds. */
    int DEFAULT_IDLE_TIMEOUT_MILLIS = 20_000;

    /**
     * The raw value of a setting.
     *
     * @param key the key without {@link #PREFIX}, for example {@code "port"}
     * @return the value, or {@code null} for the default
     */
    String get(String key);

    /** @return the TCP port of the standalone server ({@code port}, default {@value #DEFAULT_PORT}; 0 = any free) */
    default int port() {
        return intValue("port", DEFAULT_PORT, 0, 65535);
    }

    /** @return the address the standalone server binds to ({@code bind}, default {@value #DEFAULT_BIND}) */
    default String bindAddress() {
        String value = get("bind");
        return value == null || value.isBlank() ? DEFAULT_BIND : value.strip();
    }

    /** @return the organisations file (YAML), or {@code null} for the built-in demonstration list */
    default Path organisationsFile() {
        String value = get("organisations");
        return value == null || value.isBlank() ? null : Path.of(value.strip());
    }

    /**
     * SHA-256 hashes of the API keys of one organisation ({@code apiKey.ORG}).
     *
     * @param organisation the organisation's id
     * @return the hex hashes, empty when the organisation has no key
     */
    default List<String> apiKeyHashes(String organisation) {
        return hashes(get("apiKey." + organisation));
    }

    /** @return SHA-256 hashes of the counter staff's keys ({@code staffKey}), who see every organisation */
    default List<String> staffKeyHashes() {
        return hashes(get("staffKey"));
    }

    /** @return requests a client may make per minute ({@code rateLimit.perMinute}) */
    default int ratePerMinute() {
        return intValue("rateLimit.perMinute", DEFAULT_RATE_PER_MINUTE, 1, Integer.MAX_VALUE);
    }

    /**
     * The reverse proxies whose forwarded headers are believed ({@code trustedProxies}): comma-separated IP addresses
     * as the server sees them, or {@code *} for whichever peer connects (only where nothing but the proxy can reach the
     * server, such as a container network). On a connection from one of them, the client for the rate limit is the
     * nearest address in {@code X-Forwarded-For} (or {@code Forwarded: for=}) that is not itself a listed proxy, and
     * the standalone server takes the scheme and host from {@code X-Forwarded-Proto} / {@code -Host} /
     * {@code -Port}, so a TLS proxy makes cookies {@code Secure}. None by default, and then no forwarded header is
     * read, since any client can send one. The deprecated {@code trustedProxy=true} means {@code *}.
     *
     * @return the proxies' addresses, {@code *} for any peer; empty when none is trusted
     * @throws IllegalArgumentException when an entry is neither an IP address nor {@code *}, or
     *                                  {@code trustedProxy} is neither {@code true} nor {@code false}
     */
    default List<String> trustedProxies() {
        String value = get("trustedProxies");
        if (value == null || value.isBlank()) {
            @SuppressWarnings("deprecation")
            boolean any = trustedProxy();
            return any ? List.of("*") : List.of();
        }
        List<String> proxies = Arrays.stream(value.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        for (String proxy : proxies) {
            if (!proxy.equals("*") && !isIpAddress(proxy)) {
                throw new IllegalArgumentException(PREFIX + "trustedProxies: \"" + proxy + "\" is not an IP address "
                        + "or * / IP アドレスか * を指定してください");
            }
        }
        return proxies;
    }

    /**
     * @return the signing secrets of the Zendesk webhooks that may post tickets to {@code /api/v1/inbound/zendesk}
     *         ({@code inbound.zendesk.signingSecrets}, comma-separated, one per Zendesk account; none by default, and
     *         then that route refuses every delivery, since an unsigned one could come from anyone holding a key)
     */
    default List<String> zendeskSigningSecrets() {
        String value = get("inbound.zendesk.signingSecrets");
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    /**
     * @return the secret the forms' CSRF tokens are signed with ({@code csrfSecret}); set the same value on every
     *         instance behind one address, so that a form served by one instance can be sent to another and survives a
     *         restart. When absent each process draws its own, and its tokens end with it. At least 32 characters.
     * @throws IllegalArgumentException when set shorter than 32 characters
     */
    default String csrfSecret() {
        return secret("csrfSecret");
    }

    /**
     * @return the secret the staff dashboard's session cookies are signed with ({@code sessionSecret}); set the same
     *         value on every instance behind one address, so that a staff member logged in on one instance stays logged
     *         in on another and after a restart. When absent each process draws its own, its sessions end with it, and
     *         a warning says so. Changing it ends every session at once. At least 32 characters.
     * @throws IllegalArgumentException when set shorter than 32 characters
     */
    default String sessionSecret() {
        return secret("sessionSecret");
    }

    /**
     * @return the secret sessions were signed with before {@link #sessionSecret()} replaced it
     *         ({@code sessionSecretPrevious}): sessions it signed are still accepted until they expire, none is issued
     *         with it, so that a rotation logs nobody out; {@code null} when not rotating
     * @throws IllegalArgumentException when set shorter than 32 characters, or without {@code sessionSecret}
     */
    default String sessionSecretPrevious() {
        String previous = secret("sessionSecretPrevious");
        if (previous != null && sessionSecret() == null) {
            throw new IllegalArgumentException(PREFIX + "sessionSecretPrevious: set only with " + PREFIX
                    + "sessionSecret (the new secret) / 新しい " + PREFIX
                    + "sessionSecret と組にして設定してください");
        }
        return previous;
    }

    /** @return requests a client may make at once before the per-minute rate applies ({@code rateLimit.burst}) */
    default int rateBurst() {
        return intValue("rateLimit.burst", DEFAULT_RATE_BURST, 1, Integer.MAX_VALUE);
    }

    /** @return the largest request body accepted, in bytes ({@code maxRequestBytes}); larger ones get 413 */
    default long maxRequestBytes() {
        String value = get("maxRequestBytes");
        long bytes = value == null ? DEFAULT_MAX_REQUEST_BYTES : Long.parseLong(value.strip());
        if (bytes < 1024) {
            throw new IllegalArgumentException(PREFIX + "maxRequestBytes must be 1024 or more, was " + bytes);
        }
        return bytes;
    }

    /** @return the public address of the form for the leaflet's QR code ({@code publicUrl}), or {@code null} */
    /**
     * @return the most connections one client address may hold open ({@code maxConnectionsPerClient}, default
     *         {@value #DEFAULT_MAX_CONNECTIONS_PER_CLIENT}); behind a proxy, raise it (every client shares its address)
     */
    default int maxConnectionsPerClient() {
        return intValue("maxConnectionsPerClient", DEFAULT_MAX_CONNECTIONS_PER_CLIENT, 1, 100_000);
    }

    /**
     * @return how many stateless assessments ({@code POST /api/v1/assess}) run at once ({@code maxConcurrentAssessments},
     *         default the number of processors): more requests wait, without holding a thread, and run as others
     *         finish. Assessing is CPU work; more of it at once than there are cores only makes every request slower.
     *         Read by {@link KasuharaServer}; a host that mounts the servlets in its own server bounds them itself
     */
    default int maxConcurrentAssessments() {
        return intValue("maxConcurrentAssessments", Runtime.getRuntime().availableProcessors(), 1, 10_000);
    }

    /**
     * @return the slowest rate, bytes per second, at which a request body may arrive before the client is dropped
     *         with 408 ({@code minRequestBytesPerSecond}, default {@value #DEFAULT_MIN_REQUEST_BYTES_PER_SECOND})
     */
    default int minRequestBytesPerSecond() {
        return intValue("minRequestBytesPerSecond", DEFAULT_MIN_REQUEST_BYTES_PER_SECOND, 1, Integer.MAX_VALUE);
    }

    /** @return how long a silent connection is kept, ms ({@code idleTimeoutMillis}, default 20 s) */
    default int idleTimeoutMillis() {
        return intValue("idleTimeoutMillis", DEFAULT_IDLE_TIMEOUT_MILLIS, 1_000, 3_600_000);
    }

    default String publicUrl() {
        String value = get("publicUrl");
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The former name of {@link #trustedProxies()}: {@code trustedProxy=true} believes the forwarded headers of
     * whichever peer connects, as {@code trustedProxies=*} does; {@link #trustedProxies()} reads it when
     * {@code trustedProxies} is not set.
     *
     * @return whether {@code trustedProxy} is {@code true}
     * @throws IllegalArgumentException when the value is neither {@code true} nor {@code false}
     * @deprecated set {@code trustedProxies} (the proxies' addresses, or {@code *}) and read {@link #trustedProxies()}
     */
    @Deprecated
    default boolean trustedProxy() {
        String value = get("trustedProxy");
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(PREFIX
                    + "trustedProxy must be true or false / true か false, was \"" + value + "\"");
        };
    }

    /** @return the counter's time zone ({@code zone}, default Asia/Tokyo) */
    default ZoneId zone() {
        String value = get("zone");
        return ZoneId.of(value == null ? "Asia/Tokyo" : value.strip());
    }

    /**
     * Settings backed by properties, keys with {@link #PREFIX}.
     *
     * @param properties the properties; read on each call
     * @return the settings
     */
    static WebSettings of(Properties properties) {
        Objects.requireNonNull(properties, "properties");
        return key -> properties.getProperty(PREFIX + key);
    }

    /**
     * Settings backed by a map, keys with {@link #PREFIX}.
     *
     * @param values the values
     * @return the settings
     */
    static WebSettings of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return key -> copy.get(PREFIX + key);
    }

    private int intValue(String key, int fallback, int min, int max) {
        String value = get(key);
        int parsed;
        try {
            parsed = value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + key + " must be a whole number, was \"" + value + "\"", e);
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(PREFIX + key + " must be " + min + ".." + max + ", was " + parsed);
        }
        return parsed;
    }

    /** An IPv4 address in dotted form, or what may only be read as an IPv6 literal (never a host name to look up). */
    private static boolean isIpAddress(String value) {
        String octet = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
        return value.matches(octet + "(\\." + octet + "){3}") || value.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    }

    private String secret(String key) {
        String value = get(key);
        if (value != null && !value.isBlank() && value.strip().length() < 32) {
            throw new IllegalArgumentException(PREFIX + key
                    + ": at least 32 characters expected / 32 文字以上必要です");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> hashes(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> hashes = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String hash : hashes) {
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("an API key setting must hold SHA-256 hashes (64 lower-case hex "
                        + "digits, see AccessKeys.hash), not the key itself");
            }
        }
        return hashes;
    }
}
