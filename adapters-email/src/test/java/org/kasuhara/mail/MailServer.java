// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.kasuhara.engine.TriageEngine;

/** A real GreenMail SMTP + IMAP server on free ports, the counter's mailbox on it, and settings pointing there. */
final class MailServer {
    static final String USER = "counter";
    static final String PASSWORD = "secret-pw";
    static final TriageEngine ENGINE = TriageEngine.builder().build();

    private MailServer() {
    }

    static GreenMailExtension extension() {
        return new GreenMailExtension(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(),
            ServerSetupTest.IMAP.dynamicPort()})
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(TestMessages.COUNTER, USER, PASSWORD))
                .withPerMethodLifecycle(true);
    }

    static Map<String, String> settingsMap(GreenMailExtension greenMail) {
        Map<String, String> m = new HashMap<>();
        m.put("kasuhara.mail.imap.host", "127.0.0.1");
        m.put("kasuhara.mail.imap.port", String.valueOf(greenMail.getImap().getPort()));
        m.put("kasuhara.mail.imap.security", "none");
        m.put("kasuhara.mail.imap.user", USER);
        m.put("kasuhara.mail.imap.password", PASSWORD);
        m.put("kasuhara.mail.smtp.host", "127.0.0.1");
        m.put("kasuhara.mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        m.put("kasuhara.mail.smtp.security", "none");
        m.put("kasuhara.mail.from", TestMessages.COUNTER);
        m.put("kasuhara.mail.poll.interval", "PT0.2S");
        return m;
    }

    static MailSettings settings(GreenMailExtension greenMail) {
        return MailSettings.of(settingsMap(greenMail));
    }

    /** Puts a message into the counter's inbox as the server would after receiving it. */
    static void deliver(GreenMailExtension greenMail, byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            greenMail.getUserManager().getUserByEmail(TestMessages.COUNTER).deliver(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Message-IDs (or subjects, for messages without one) in a folder of the counter's mailbox. */
    static List<String> folder(GreenMailExtension greenMail, String name) {
        Properties p = new Properties();
        p.setProperty("mail.imap.peek", "true");
        try {
            Store store = Session.getInstance(p).getStore("imap");
            store.connect("127.0.0.1", greenMail.getImap().getPort(), USER, PASSWORD);
            try {
                Folder folder = store.getFolder(name);
                if (!folder.exists()) {
                    return List.of();
                }
                folder.open(Folder.READ_ONLY);
                List<String> ids = new ArrayList<>();
                for (Message m : folder.getMessages()) {
                    String[] id = m.getHeader("Message-ID");
                    ids.add(id == null ? "(none)" : id[0]);
                }
                folder.close(false);
                return ids;
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Messages the server received for an address (acknowledgements sent to the applicant). */
    static List<MimeMessage> receivedBy(GreenMailExtension greenMail, String address) {
        return greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }
}
