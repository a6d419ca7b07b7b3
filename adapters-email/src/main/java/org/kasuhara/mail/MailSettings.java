// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Settings of the mailbox intake and of sending, read through {@link #get(String)} so that {@code Properties},
 * environment variables, Spring or MicroProfile can back them. Keys start with {@code kasuhara.mail.}; in the
 * environment the same key is upper case with {@code _} ({@code KASUHARA_MAIL_IMAP_PASSWORD}).
 */
@FunctionalInterface
public interface MailSettings {
    /** The prefix of every key. */
    String PREFIX = "kasuhara.mail.";

    /**
     * @param key a key such as {@code kasuhara.mail.imap.host}
     * @return its value, or {@code null} when not set
     */
    String get(String key);

    /** @param properties keys and values @return settings read from them */
    static MailSettings of(Properties properties) {
        return properties::getProperty;
    }

    /** @param values keys and values @return settings read from them */
    static MailSettings of(Map<String, String> values) {
        return values::get;
    }

    /**
     * @param environment e.g. {@code System.getenv()}
     * @return settings where {@code kasuhara.mail.imap.host} is read from {@code KASUHARA_MAIL_IMAP_HOST}
     */
    static MailSettings environment(Map<String, String> environment) {
        return key -> environment.get(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
    }

    /** @param fallback read when this has no value @return these settings, then the fallback */
    default MailSettings orElse(MailSettings fallback) {
        return key -> {
            String value = get(key);
            return value != null ? value : fallback.get(key);
        };
    }

    /** @return {@code kasuhara.mail.imap.host} @throws IllegalStateException when missing */
    default String imapHost() {
        return required("imap.host");
    }

    /** @return {@code kasuhara.mail.imap.port}; 993 with SSL, 143 otherwise */
    default int imapPort() {
        return integer("imap.port", imapSecurity() == MailSecurity.SSL ? 993 : 143);
    }

    /** @return {@code kasuhara.mail.imap.user} @throws IllegalStateException when missing */
    default String imapUser() {
        return required("imap.user");
    }

    /** @return {@code kasuhara.mail.imap.password} (give it in the environment, not a file) */
    default String imapPassword() {
        return required("imap.password");
    }

    /** @return {@code kasuhara.mail.imap.security}: none, starttls or ssl (default) */
    default MailSecurity imapSecurity() {
        return security("imap.security");
    }

    /** @return {@code kasuhara.mail.folder.inbox}, default {@code INBOX} */
    default String inboxFolder() {
        return value("folder.inbox", "INBOX");
    }

    /** @return {@code kasuhara.mail.folder.processed}, default {@code Processed}: stored and accepted */
    default String processedFolder() {
        return value("folder.processed", "Processed");
    }

    /** @return {@code kasuhara.mail.folder.rejected}, default {@code Rejected}: stored, not accepted (threats) */
    default String rejectedFolder() {
        return value("folder.rejected", "Rejected");
    }

    /** @return {@code kasuhara.mail.folder.failed}, default {@code Failed}: could not be taken in */
    default String failedFolder() {
        return value("folder.failed", "Failed");
    }

    /** @return {@code kasuhara.mail.poll.interval} (ISO-8601, e.g. PT30S), default 60 seconds */
    default Duration pollInterval() {
        String v = get(PREFIX + "poll.interval");
        return v == null ? Duration.ofSeconds(60) : Duration.parse(v.trim());
    }

    /** @return {@code kasuhara.mail.max.attempts}: tries before a message goes to Failed, default 3 */
    default int maxAttempts() {
        return integer("max.attempts", 3);
    }

    /** @return {@code kasuhara.mail.smtp.host}, or {@code null} when nothing is sent */
    default String smtpHost() {
        return get(PREFIX + "smtp.host");
    }

    /** @return {@code kasuhara.mail.smtp.port}; 465 with SSL, 587 with STARTTLS, 25 otherwise */
    default int smtpPort() {
        MailSecurity s = smtpSecurity();
        return integer("smtp.port", s == MailSecurity.SSL ? 465 : s == MailSecurity.STARTTLS ? 587 : 25);
    }

    /** @return {@code kasuhara.mail.smtp.user}, or {@code null} for no authentication */
    default String smtpUser() {
        return get(PREFIX + "smtp.user");
    }

    /** @return {@code kasuhara.mail.smtp.password} */
    default String smtpPassword() {
        return get(PREFIX + "smtp.password");
    }

    /** @return {@code kasuhara.mail.smtp.security}: none, starttls or ssl (default) */
    default MailSecurity smtpSecurity() {
        return security("smtp.security");
    }

    /** @return {@code kasuhara.mail.from}: the counter's address on acknowledgements and reports */
    default String from() {
        return required("from");
    }

    /** @return {@code kasuhara.mail.report.recipients}, comma-separated */
    default List<String> reportRecipients() {
        String v = get(PREFIX + "report.recipients");
        return v == null ? List.of() : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    /** @return {@code kasuhara.mail.organization}: the organisation of every case, or {@code null} */
    default String organization() {
        return get(PREFIX + "organization");
    }

    /** @return {@code kasuhara.mail.anonymity.honour}, default {@code true} */
    default boolean honourAnonymityRequests() {
        return !"false".equalsIgnoreCase(value("anonymity.honour", "true").trim());
    }

    /** @return {@code kasuhara.mail.acknowledge}, default {@code true}: send acknowledgements */
    default boolean acknowledge() {
        return !"false".equalsIgnoreCase(value("acknowledge", "true").trim());
    }

    /** @return {@code kasuhara.mail.evidence.dir}, or {@code null} for the caller's default */
    default Path evidenceDirectory() {
        String v = get(PREFIX + "evidence.dir");
        return v == null ? null : Path.of(v);
    }

    /** @return {@code kasuhara.mail.templates.dir}: edited templates, or {@code null} for the built-in ones */
    default Path templatesDirectory() {
        String v = get(PREFIX + "templates.dir");
        return v == null ? null : Path.of(v);
    }

    private String value(String key, String fallback) {
        String v = get(PREFIX + key);
        return v == null || v.isBlank() ? fallback : v;
    }

    private String required(String key) {
        String v = get(PREFIX + key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("missing setting " + PREFIX + key + " (environment "
                    + (PREFIX + key).toUpperCase(Locale.ROOT).replace('.', '_') + ")");
        }
        return v;
    }

    private int integer(String key, int fallback) {
        String v = get(PREFIX + key);
        try {
            return v == null ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("setting " + PREFIX + key + " must be a number, was \"" + v + "\"", e);
        }
    }

    private MailSecurity security(String key) {
        String v = value(key, "ssl");
        try {
            return MailSecurity.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("setting " + PREFIX + key + " must be none, starttls or ssl, was \"" + v
                    + "\"", e);
        }
    }
}
