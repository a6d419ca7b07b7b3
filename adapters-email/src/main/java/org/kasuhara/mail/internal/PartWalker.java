// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kasuhara.mail.EvidenceItem;
import org.kasuhara.mail.EvidenceStore;
import org.kasuhara.mail.MailProblem;

/**
 * Walks a message's MIME tree: text parts become body text (plain preferred over HTML in an alternative), every
 * other part is stored as an attachment, and whatever cannot be read is stored raw and flagged — never dropped.
 */
public final class PartWalker {
    /** The deepest nesting of multiparts read; a hostile message nested thousands deep is kept raw beyond it. */
    public static final int MAX_DEPTH = 32;
    /** The most parts read in one message. */
    public static final int MAX_PARTS = 1_000;
    private final EvidenceStore store;
    private final List<String> texts = new ArrayList<>();
    private final List<EvidenceItem> evidence = new ArrayList<>();
    private final Set<MailProblem> problems = EnumSet.noneOf(MailProblem.class);
    private int depth;
    private int parts;

    /** @param store where attachments and raw parts go */
    public PartWalker(EvidenceStore store) {
        this.store = store;
    }

    /** @return the body texts in message order */
    public List<String> texts() {
        return texts;
    }

    /** @return the attachments and raw parts stored */
    public List<EvidenceItem> evidence() {
        return evidence;
    }

    /** @return the problems met */
    public Set<MailProblem> problems() {
        return problems;
    }

    /**
     * @param part a message or body part
     * @throws IOException when the evidence store fails (nothing may be dropped, so that is fatal)
     */
    public void walk(Part part) throws IOException {
        if (++parts > MAX_PARTS) {
            problems.add(MailProblem.TOO_COMPLEX);
            return;
        }
        ContentType type = contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.startsWith("multipart/") && depth >= MAX_DEPTH) {
            problems.add(MailProblem.TOO_COMPLEX);
            keepRaw(rawBytes(part), null, base);
        } else if (base.startsWith("multipart/")) {
            depth++;
            try {
                walkMultipart(part, base);
            } finally {
                depth--;
            }
        } else if (isAttachment(part, base)) {
            storeAttachment(part, base);
        } else {
            readText(part, base, type.getParameter("charset"));
        }
    }

    private void walkMultipart(Part part, String base) throws IOException {
        MimeMultipart multipart;
        int count;
        try {
            Object content = part.getContent();
            if (!(content instanceof MimeMultipart m)) {
                throw new MessagingException("not a multipart");
            }
            multipart = m;
            count = multipart.getCount();
            if (!multipart.isComplete()) {
                problems.add(MailProblem.MALFORMED_MIME);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            readMalformed(part);
            return;
        }
        if (count == 0) {
            problems.add(MailProblem.MALFORMED_MIME);
            readMalformed(part);
            return;
        }
        if (base.equals("multipart/alternative")) {
            walk(preferred(multipart, count));
            return;
        }
        for (int i = 0; i < count; i++) {
            walk(bodyPart(multipart, i));
        }
    }

    /** In an alternative: the plain text when it has any, else HTML, else the richest (last) part. */
    private BodyPart preferred(Multipart multipart, int count) throws IOException {
        BodyPart html = null;
        for (int i = 0; i < count; i++) {
            BodyPart candidate = bodyPart(multipart, i);
            String base = contentType(candidate).getBaseType().toLowerCase(Locale.ROOT);
            if (base.equals("text/plain") && !MailText.isBlank(candidate)) {
                return candidate;
            }
            if (html == null && (base.equals("text/html") || base.startsWith("multipart/"))) {
                html = candidate;
            }
        }
        return html != null ? html : bodyPart(multipart, count - 1);
    }

    private static BodyPart bodyPart(Multipart multipart, int i) throws IOException {
        try {
            return multipart.getBodyPart(i);
        } catch (MessagingException e) {
            throw new IOException("part " + i + " of a multipart cannot be read", e);
        }
    }

    private static boolean isAttachment(Part part, String base) {
        String disposition = null;
        String name = null;
        try {
            disposition = part.getDisposition();
            name = part.getFileName();
        } catch (MessagingException | RuntimeException e) {
            // an unreadable disposition: judged by type alone
        }
        boolean textBody = base.equals("text/plain") || base.equals("text/html");
        return !textBody || Part.ATTACHMENT.equalsIgnoreCase(disposition) || name != null;
    }

    private void readText(Part part, String base, String charset) throws IOException {
        byte[] bytes = decodedBytes(part);
        DecodedText decoded = JapaneseCharsets.decode(bytes, charset);
        switch (decoded.quality()) {
            case DETECTED -> problems.add(JapaneseCharsets.isKnown(charset) ? MailProblem.CHARSET_MISMATCH
                    : MailProblem.UNKNOWN_CHARSET);
            case REPLACED -> {
                problems.add(MailProblem.UNDECODABLE_TEXT);
                keepRaw(rawBytes(part), null, base);
            }
            default -> { }
        }
        texts.add(base.equals("text/html") ? HtmlText.toText(decoded.text()) : decoded.text());
    }

    /** The bytes with the transfer encoding removed; a broken encoding keeps the raw part and salvages what it can. */
    private byte[] decodedBytes(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (MessagingException | IOException | RuntimeException e) {
            problems.add(MailProblem.BROKEN_TRANSFER_ENCODING);
            byte[] raw = rawBytes(part);
            keepRaw(raw, null, contentType(part).getBaseType());
            return TransferEncodings.salvage(raw, MailText.transferEncoding(part));
        }
    }

    private void readMalformed(Part part) throws IOException {
        problems.add(MailProblem.MALFORMED_MIME);
        byte[] raw = rawBytes(part);
        keepRaw(raw, null, contentType(part).getBaseType());
        DecodedText decoded = JapaneseCharsets.decode(raw, contentType(part).getParameter("charset"));
        if (decoded.quality() == DecodedText.Quality.REPLACED) {
            problems.add(MailProblem.UNDECODABLE_TEXT);
        }
        texts.add(decoded.text());
    }

    private void storeAttachment(Part part, String base) throws IOException {
        String name = MailText.fileName(part);
        EvidenceStore.StoredEvidence stored;
        try (InputStream in = part.getInputStream()) {
            stored = store.store(in);
        } catch (MessagingException | IOException | RuntimeException e) {
            problems.add(MailProblem.BROKEN_TRANSFER_ENCODING);
            keepRaw(rawBytes(part), name, base);
            return;
        }
        evidence.add(new EvidenceItem(EvidenceItem.Kind.ATTACHMENT, name, base, stored.size(), stored.sha256()));
    }

    private void keepRaw(byte[] raw, String name, String type) throws IOException {
        EvidenceStore.StoredEvidence stored = store.store(new ByteArrayInputStream(raw));
        evidence.add(new EvidenceItem(EvidenceItem.Kind.RAW_PART, name, type, stored.size(), stored.sha256()));
    }

    private static byte[] rawBytes(Part part) throws IOException {
        try (InputStream in = part instanceof MimePart mime ? MailText.rawStream(mime) : part.getInputStream()) {
            return in.readAllBytes();
        } catch (MessagingException e) {
            throw new IOException("a part cannot be read even raw", e);
        }
    }

    private ContentType contentType(Part part) {
        try {
            String header = part.getContentType();
            return new ContentType(header == null ? "text/plain" : header);
        } catch (MessagingException e) {   // ParseException included
            problems.add(MailProblem.MALFORMED_MIME);
            return new ContentType("text", "plain", null);
        }
    }
}
