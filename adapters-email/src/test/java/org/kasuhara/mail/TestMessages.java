// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Builds the test corpus: real MIME messages made with Angus Mail, or raw bytes for malformed ones. */
final class TestMessages {
    static final String SENDER = "yamada.taro@example.jp";
    static final String SENDER_NAME = "山田太郎";
    static final String COUNTER = "madoguchi@counter.example";
    static final String COMPLAINT = "注文した商品が壊れていました。返金をお願いします。";
    static final String SUBJECT = "商品の不具合について";
    static final Date SENT = Date.from(java.time.Instant.parse("2026-11-20T05:03:00Z"));   // 14:03 in Tokyo
    static final Session SESSION = Session.getInstance(new Properties());

    private TestMessages() {
    }

    /** A message from the customer to the counter with Message-ID, Date, From (Japanese name) and Subject. */
    static MimeMessage message(String id, String subjectCharset) {
        try {
            MimeMessage m = new MimeMessage(SESSION) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + id + "@mail.example.jp>");
                }
            };
            m.setFrom(new InternetAddress(SENDER, SENDER_NAME, "ISO-2022-JP"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(COUNTER));
            m.setSubject(SUBJECT, subjectCharset);
            m.setSentDate(SENT);
            return m;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeMessage text(String id, String body, String charset, String transferEncoding) {
        try {
            MimeMessage m = message(id, charset);
            m.setText(body, charset);
            m.saveChanges();
            if (transferEncoding != null) {
                m.setHeader("Content-Transfer-Encoding", transferEncoding);
            }
            return m;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeBodyPart attachment(String name, String type, byte[] bytes) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        try {
            part.setFileName(jakarta.mail.internet.MimeUtility.encodeText(name, "UTF-8", "B"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        return part;
    }

    static MimeMessage withAttachment(String id, String body, MimeBodyPart attachment) {
        try {
            MimeMessage m = message(id, "UTF-8");
            MimeMultipart mixed = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "ISO-2022-JP");
            mixed.addBodyPart(text);
            mixed.addBodyPart(attachment);
            m.setContent(mixed);
            m.saveChanges();
            return m;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(MimeMessage m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A raw message: ASCII headers (CRLF added), a blank line, then the body bytes as given. */
    static byte[] raw(String headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((headers.strip().replace("\n", "\r\n") + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] raw(String headers, String body, Charset charset) {
        return raw(headers, body.replace("\n", "\r\n").getBytes(charset));
    }

    static String headers(String id, String extra) {
        return "Message-ID: <" + id + "@mail.example.jp>\nDate: Fri, 20 Nov 2026 14:03:00 +0900\nFrom: "
                + SENDER + "\nTo: " + COUNTER + "\nSubject: =?UTF-8?B?5ZWG5ZOB44Gu5LiN5YW35ZCI44Gr44Gk44GE44Gm?=\n"
                + "MIME-Version: 1.0\n" + extra;
    }
}
