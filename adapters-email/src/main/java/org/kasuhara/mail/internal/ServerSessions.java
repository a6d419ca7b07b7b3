// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import jakarta.mail.Session;
import java.util.Properties;
import org.kasuhara.mail.MailSecurity;
import org.kasuhara.mail.MailSettings;

/** Sessions for the IMAP and SMTP servers of the settings, with timeouts so that a stuck server never hangs intake. */
public final class ServerSessions {
    private static final String TIMEOUT_MS = "30000";

    private ServerSessions() {
    }

    /** @param settings the settings @return a session for the IMAP mailbox */
    public static Session imap(MailSettings settings) {
        Properties p = MailSessions.parsingProperties();
        String protocol = settings.imapSecurity() == MailSecurity.SSL ? "imaps" : "imap";
        p.setProperty("mail.store.protocol", protocol);
        common(p, protocol, settings.imapHost(), settings.imapPort(), settings.imapSecurity());
        p.setProperty("mail." + protocol + ".peek", "true");   // \Seen only when processed
        // one FETCH per message instead of 16 KiB pieces: a 20 MB attachment takes 1 round trip, not 1,700
        p.setProperty("mail." + protocol + ".partialfetch", "false");
        return Session.getInstance(p);
    }

    /** @param settings the settings @return a session for sending */
    public static Session smtp(MailSettings settings) {
        Properties p = MailSessions.parsingProperties();
        String protocol = settings.smtpSecurity() == MailSecurity.SSL ? "smtps" : "smtp";
        p.setProperty("mail.transport.protocol", protocol);
        common(p, protocol, settings.smtpHost(), settings.smtpPort(), settings.smtpSecurity());
        p.setProperty("mail." + protocol + ".auth", String.valueOf(settings.smtpUser() != null));
        p.setProperty("mail." + protocol + ".from", settings.from());
        return Session.getInstance(p);
    }

    private static void common(Properties p, String protocol, String host, int port, MailSecurity security) {
        String prefix = "mail." + protocol + ".";
        p.setProperty(prefix + "host", host);
        p.setProperty(prefix + "port", String.valueOf(port));
        p.setProperty(prefix + "connectiontimeout", TIMEOUT_MS);
        p.setProperty(prefix + "timeout", TIMEOUT_MS);
        p.setProperty(prefix + "writetimeout", TIMEOUT_MS);
        if (security == MailSecurity.STARTTLS) {
            p.setProperty(prefix + "starttls.enable", "true");
            p.setProperty(prefix + "starttls.required", "true");
        }
        if (security != MailSecurity.NONE) {
            p.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
    }
}
