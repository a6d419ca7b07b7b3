// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kasuhara.mail.internal.AnonymityRequests;
import org.kasuhara.mail.internal.AutoReplies;
import org.kasuhara.mail.internal.CaseIds;
import org.kasuhara.mail.internal.EncodedWords;
import org.kasuhara.mail.internal.MailSessions;
import org.kasuhara.mail.internal.PartWalker;
import org.kasuhara.mail.internal.QuoteSplitter;
import org.kasuhara.model.Applicant;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;

/**
 * Reads an e-mail (RFC 5322 / MIME) as a case (contract v1): channel EMAIL; received at the Date header, else the
 * receive time; case id from the Message-ID, so re-ingesting is idempotent; the sender as the applicant's contact
 * (none when the message asks for anonymity and that is honoured); subject and new text as the one contact's text,
 * with quoted history, attachments and undecodable parts kept as evidence. Japanese charsets (ISO-2022-JP, Shift_JIS
 * and Windows-31J, EUC-JP, UTF-8), quoted-printable, base64 and RFC 2047 subjects are decoded; HTML-only bodies are
 * turned into text. Malformed messages are read as far as possible and flagged ({@link MailProblem}), never refused.
 * Thread-safe.
 */
public final class MailParser {
    private final MailParserOptions options;

    private MailParser(MailParserOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param options organisation, zone, anonymity, evidence store
     * @return a parser
     */
    public static MailParser create(MailParserOptions options) {
        return new MailParser(options);
    }

    /** @return the options this parser uses */
    public MailParserOptions options() {
        return options;
    }

    /**
     * Parses one message and stores its evidence (raw message, attachments, raw parts).
     *
     * @param raw          the message as received
     * @param receivedTime when it arrived (used when the Date header is missing or unreadable)
     * @return the case and its evidence
     * @throws UncheckedIOException when the evidence store fails: nothing may be taken in without its evidence
     */
    public ParsedMail parse(byte[] raw, Instant receivedTime) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(receivedTime, "receivedTime");
        try {
            return read(raw, receivedTime);
        } catch (IOException e) {
            throw new UncheckedIOException("the evidence of a message could not be stored", e);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("not a message: " + e.getClass().getSimpleName(), e);
        }
    }

    private ParsedMail read(byte[] raw, Instant receivedTime) throws IOException, MessagingException {
        MimeMessage message = new MimeMessage(MailSessions.parsing(), new ByteArrayInputStream(raw));
        List<EvidenceItem> evidence = new ArrayList<>();
        EvidenceStore.StoredEvidence whole = options.evidenceStore().store(new ByteArrayInputStream(raw));
        evidence.add(new EvidenceItem(EvidenceItem.Kind.RAW_MESSAGE, null, "message/rfc822", whole.size(),
                whole.sha256()));
        Set<MailProblem> problems = EnumSet.noneOf(MailProblem.class);
        PartWalker walker = new PartWalker(options.evidenceStore());
        walker.walk(message);
        evidence.addAll(walker.evidence());
        problems.addAll(walker.problems());

        String messageId = CaseIds.normalise(message.getHeader("Message-ID", null));
        if (messageId == null) {
            problems.add(MailProblem.MISSING_MESSAGE_ID);
        }
        String subject = orEmpty(EncodedWords.decode(message.getHeader("Subject", null)));
        QuoteSplitter.Split split = QuoteSplitter.split(String.join("\n\n", walker.texts()));
        String text = (subject + "\n\n" + split.newText()).strip();
        if (text.isEmpty()) {
            problems.add(MailProblem.NO_TEXT);
        }
        OffsetDateTime receivedAt = receivedAt(message, receivedTime, problems);
        Senders senders = Senders.of(message);
        boolean anonymous = options.honourAnonymityRequests()
                && AnonymityRequests.requested(subject + "\n" + split.newText());
        Applicant applicant = anonymous ? new Applicant(true, null, null, null, null, null, null)
                : senders.from() == null ? Applicant.UNKNOWN
                : new Applicant(null, senders.name(), null, senders.from(), null, null, null);
        Case complaint = Case.builder(CaseIds.of(messageId, raw), receivedAt, Channel.EMAIL)
                .organization(options.organization(), null)
                .applicant(applicant)
                .contact(new Contact(Channel.EMAIL, receivedAt, null, null, text.isEmpty() ? null : text, null))
                .build();
        MailEvidence kept = new MailEvidence(MailEvidence.FORMAT, messageId, subject,
                anonymous ? null : senders.written(), split.newText(), split.history(), evidence, problems);
        return new ParsedMail(complaint, kept, senders.replyTo(), AutoReplies.reason(message, senders.from()));
    }

    private OffsetDateTime receivedAt(MimeMessage message, Instant receivedTime, Set<MailProblem> problems) {
        java.util.Date sent = null;
        try {
            sent = message.getSentDate();
        } catch (MessagingException | RuntimeException e) {
            // unreadable: flagged below
        }
        // A Date outside the years the business-day calendar covers (1900, 1970, 2100 …) is as good as none
        OffsetDateTime at = sent == null ? null : OffsetDateTime.ofInstant(sent.toInstant(), options.zone());
        if (at == null || at.isBefore(Case.EARLIEST) || at.isAfter(Case.LATEST)) {
            problems.add(MailProblem.UNREADABLE_DATE);
            return OffsetDateTime.ofInstant(receivedTime, options.zone());
        }
        return at;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The sender as written, its address and name, and where replies go. */
    private record Senders(String written, String from, String name, String replyTo) {
        static Senders of(MimeMessage message) throws MessagingException {
            String written = EncodedWords.decode(message.getHeader("From", ","));
            InternetAddress from = first(message.getHeader("From", ","));
            InternetAddress replyTo = first(message.getHeader("Reply-To", ","));
            String address = from == null ? null : from.getAddress();
            String name = from == null || from.getPersonal() == null || from.getPersonal().isBlank() ? null
                    : EncodedWords.decode(from.getPersonal());
            return new Senders(written, address, name, replyTo != null ? replyTo.getAddress() : address);
        }

        private static InternetAddress first(String header) {
            if (header == null) {
                return null;
            }
            try {
                InternetAddress[] addresses = InternetAddress.parseHeader(header, false);
                return addresses.length == 0 || addresses[0].getAddress() == null
                        || !addresses[0].getAddress().contains("@") ? null : addresses[0];
            } catch (jakarta.mail.internet.AddressException e) {
                return null;
            }
        }
    }
}
