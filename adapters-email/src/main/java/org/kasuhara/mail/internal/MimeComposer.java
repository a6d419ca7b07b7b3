// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.List;
import org.kasuhara.mail.OutgoingMail;

/** Builds outgoing MIME messages in UTF-8: text, optional HTML alternative, attachments with RFC 2047 names. */
public final class MimeComposer {
    private MimeComposer() {
    }

    /**
     * @param session    the sending session
     * @param from       the counter's address
     * @param recipients where it goes
     * @param mail       what to send
     * @return the message, ready to send
     * @throws MessagingException when an address or header is invalid
     */
    public static MimeMessage compose(Session session, String from, List<String> recipients, OutgoingMail mail)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        for (String to : recipients) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        }
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(new Date());
        if (mail.attachments().isEmpty()) {
            setBody(message, mail);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            setBody(body, mail);
            mixed.addBodyPart(body);
            for (OutgoingMail.Attachment a : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                part.setFileName(encode(a.name()));
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                // base64 whatever the type: a text attachment (CSV) arrives byte for byte, line ends included
                part.setHeader("Content-Transfer-Encoding", "base64");
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static void setBody(jakarta.mail.internet.MimePart target, OutgoingMail mail) throws MessagingException {
        if (mail.html() == null) {
            target.setText(mail.text(), "UTF-8");
            return;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mail.html(), "text/html; charset=UTF-8");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        target.setContent(alternative);
    }

    private static String encode(String name) {
        try {
            return MimeUtility.encodeText(name, "UTF-8", "B");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
