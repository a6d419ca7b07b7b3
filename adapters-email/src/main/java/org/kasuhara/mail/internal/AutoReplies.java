// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises messages that must never get an automatic reply, so that two auto-responders cannot loop (RFC 3834):
 * auto-replies, bounces and mailing-list traffic, and our own acknowledgements coming back.
 */
public final class AutoReplies {
    /** The header every acknowledgement carries, so that one coming back is recognised. */
    public static final String ACK_HEADER = "X-Kasuhara-Acknowledgement";
    private static final Pattern SYSTEM_SENDER = Pattern.compile(
            "(?i)^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+\\-.].*)?@.*");

    private AutoReplies() {
    }

    /**
     * @param message the message
     * @param sender  its sender's address, or {@code null}
     * @return why it must not be answered automatically, or {@code null} when it may be
     */
    public static String reason(MimeMessage message, String sender) {
        String autoSubmitted = first(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.trim().toLowerCase(Locale.ROOT).startsWith("no")) {
            return "auto-submitted";
        }
        if (first(message, ACK_HEADER) != null) {
            return "own-acknowledgement";
        }
        if (first(message, "X-Autoreply") != null || first(message, "X-Autorespond") != null
                || first(message, "X-Auto-Reply") != null) {
            return "auto-reply";
        }
        String precedence = first(message, "Precedence");
        if (precedence != null && precedence.trim().toLowerCase(Locale.ROOT)
                .matches("bulk|junk|list|auto_reply")) {
            return "precedence-" + precedence.trim().toLowerCase(Locale.ROOT);
        }
        if (first(message, "List-Id") != null || first(message, "List-Unsubscribe") != null
                || first(message, "List-Post") != null) {
            return "mailing-list";
        }
        String returnPath = first(message, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return "bounce";
        }
        String type = first(message, "Content-Type");
        if (type != null && type.trim().toLowerCase(Locale.ROOT).startsWith("multipart/report")) {
            return "bounce";
        }
        if (sender != null && SYSTEM_SENDER.matcher(sender).matches()) {
            return "system-sender";
        }
        return null;
    }

    private static String first(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            return null;
        }
    }
}
