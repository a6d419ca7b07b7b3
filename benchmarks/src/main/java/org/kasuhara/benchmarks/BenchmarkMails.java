// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Properties;
import java.util.Random;

/**
 * The typical message of the mail benchmarks: ISO-2022-JP, an encoded Japanese subject and sender name, about 600
 * characters of complaint with a quoted earlier reply, and one 200 KB JPEG-sized attachment (a photo of the damage).
 */
final class BenchmarkMails {
    static final int ATTACHMENT_BYTES = 200 * 1024;

    private BenchmarkMails() {
    }

    static byte[] typical(String messageId) {
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + messageId + "@mail.example.jp>");
                }
            };
            m.setFrom(new InternetAddress("hanako@example.jp", "山田花子", "ISO-2022-JP"));
            m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("madoguchi@counter.example"));
            m.setSubject("Re: 商品の破損と店舗での対応について", "ISO-2022-JP");
            m.setSentDate(new Date());
            MimeBodyPart text = new MimeBodyPart();
            text.setText("お世話になっております。先日購入したケーキの箱が潰れており、".repeat(8)
                    + "写真を添付しますので返金をお願いします。\n\n2026年11月19日 10:00 窓口さんは書きました:\n"
                    + "> お問い合わせありがとうございます。\n> 状況を確認いたします。\n", "ISO-2022-JP");
            byte[] photo = new byte[ATTACHMENT_BYTES];
            new Random(1).nextBytes(photo);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(photo, "image/jpeg")));
            attachment.setFileName(MimeUtility.encodeText("破損の写真.jpg", "UTF-8", "B"));
            MimeMultipart mixed = new MimeMultipart();
            mixed.addBodyPart(text);
            mixed.addBodyPart(attachment);
            m.setContent(mixed);
            m.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
