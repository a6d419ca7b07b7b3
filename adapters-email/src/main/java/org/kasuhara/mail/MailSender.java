// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Objects;
import org.kasuhara.mail.internal.MimeComposer;
import org.kasuhara.mail.internal.ServerSessions;

/**
 * Sends reports (the organisation report, the monthly totals) by SMTP to the configured recipients
 * ({@code kasuhara.mail.report.recipients}), in UTF-8, with an optional HTML alternative and attachments. Thread-safe.
 */
public final class MailSender {
    private final MailSettings settings;
    private final Session session;

    private MailSender(MailSettings settings) {
        this.settings = settings;
        this.session = ServerSessions.smtp(settings);
    }

    /**
     * @param settings SMTP host, port, security, user and password, {@code from} and {@code report.recipients}
     * @return a sender
     * @throws IllegalStateException when the SMTP host or the from address is missing
     */
    public static MailSender create(MailSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings.smtpHost() == null) {
            throw new IllegalStateException("missing setting " + MailSettings.PREFIX + "smtp.host");
        }
        return new MailSender(settings);
    }

    /**
     * Sends a message to the configured report recipients.
     *
     * @param mail what to send
     * @throws IllegalStateException when no recipients are configured
     * @throws MailSendException     when the server refuses or cannot be reached
     */
    public void send(OutgoingMail mail) {
        List<String> recipients = settings.reportRecipients();
        if (recipients.isEmpty()) {
            throw new IllegalStateException("missing setting " + MailSettings.PREFIX + "report.recipients");
        }
        sendTo(recipients, mail);
    }

    /**
     * Sends a message to the given recipients.
     *
     * @param recipients addresses
     * @param mail       what to send
     * @throws MailSendException when the server refuses or cannot be reached
     */
    public void sendTo(List<String> recipients, OutgoingMail mail) {
        try {
            transmit(MimeComposer.compose(session, settings.from(), recipients, mail));
        } catch (MessagingException e) {
            throw new MailSendException(e);
        }
    }

    void transmit(MimeMessage message) {
        try {
            if (settings.smtpUser() != null) {
                Transport.send(message, settings.smtpUser(), settings.smtpPassword());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new MailSendException(e);
        }
    }

    Session session() {
        return session;
    }

    String from() {
        return settings.from();
    }
}
