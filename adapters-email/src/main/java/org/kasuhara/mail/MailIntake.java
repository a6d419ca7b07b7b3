// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.mail.MailIntakeResult.Acknowledgement;
import org.kasuhara.mail.MailIntakeResult.Acknowledgement.Status;
import org.kasuhara.mail.MailIntakeResult.Disposition;
import org.kasuhara.mail.internal.AutoReplies;
import org.kasuhara.mail.internal.MimeComposer;
import org.kasuhara.mail.internal.ReplyRateLimit;
import org.kasuhara.mail.internal.SentAcknowledgements;
import org.kasuhara.model.Assessment;
import org.kasuhara.cases.store.AssessmentEntry;
import org.kasuhara.cases.store.CaseIntake;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoredCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one message in: parse, store evidence, store the case (committed before anything else), assess, and reply.
 * A message taken in before (same Message-ID) is not stored again and gets its original receipt; its reply is sent
 * only if it was not sent before. Logs receipts, case ids and dispositions only: never addresses, names or text.
 */
public final class MailIntake {
    private static final Logger LOG = LoggerFactory.getLogger(MailIntake.class);
    private final CaseStore store;
    private final CaseIntake intake;
    private final MailParser parser;
    private final MailSender sender;
    private final Acknowledgements templates;
    private final SentAcknowledgements sent;
    private final ReplyRateLimit rateLimit = new ReplyRateLimit(REPLIES_PER_ADDRESS_PER_DAY, java.time.Clock.systemUTC());

    /** Automatic replies to one address in 24 hours, at most: breaks loops with auto-responders that do not say so. */
    public static final int REPLIES_PER_ADDRESS_PER_DAY = 5;

    private MailIntake(CaseStore store, TriageEngine engine, MailParser parser, MailSender sender,
            Acknowledgements templates, Path sentDirectory) {
        this.store = Objects.requireNonNull(store, "store");
        this.intake = new CaseIntake(store, Objects.requireNonNull(engine, "engine"));
        this.parser = Objects.requireNonNull(parser, "parser");
        this.sender = sender;
        this.templates = templates;
        this.sent = new SentAcknowledgements(sentDirectory);
    }

    /**
     * Intake without replies (offline ingest of .eml files).
     *
     * @param store  where cases go
     * @param engine what assesses them
     * @param parser how messages are read
     * @return the intake
     */
    public static MailIntake offline(CaseStore store, TriageEngine engine, MailParser parser) {
        return new MailIntake(store, engine, parser, null, null, null);
    }

    /**
     * Intake that acknowledges each message by SMTP.
     *
     * @param store         where cases go
     * @param engine        what assesses them
     * @param parser        how messages are read
     * @param sender        the SMTP sender (its {@code from} is the reply's sender)
     * @param templates     the reply texts
     * @param sentDirectory where sent replies are remembered across restarts, or {@code null} for memory only
     * @return the intake
     */
    public static MailIntake replying(CaseStore store, TriageEngine engine, MailParser parser, MailSender sender,
            Acknowledgements templates, Path sentDirectory) {
        return new MailIntake(store, engine, parser, Objects.requireNonNull(sender, "sender"),
                Objects.requireNonNull(templates, "templates"), sentDirectory);
    }

    /**
     * Assesses cases a crash left stored but unassessed; call on start.
     *
     * @return how many were assessed
     */
    public int recover() {
        return intake.assessPending();
    }

    /**
     * Takes one message in.
     *
     * @param raw          the message as received
     * @param receivedTime when it arrived
     * @return the receipt, disposition and reply
     * @throws org.kasuhara.cases.store.CaseStoreException when the store fails: the message is not taken in
     * @throws java.io.UncheckedIOException          when the evidence cannot be stored: not taken in
     * @throws MailSendException                     when the reply cannot be sent (the case is stored; try again)
     */
    public MailIntakeResult ingest(byte[] raw, Instant receivedTime) {
        ParsedMail mail = parser.parse(raw, receivedTime);
        CaseIntake.Result result = intake.receive(mail.caseData(), mail.evidenceJson());
        String receipt = result.receipt().number();
        Assessment assessment = result.assessment().map(AssessmentEntry::assessment)
                .orElseGet(() -> latestAssessment(receipt));
        Disposition disposition = !assessment.accepted() || assessment.policeReport() ? Disposition.NOT_ACCEPTED
                : Disposition.ACCEPTED;
        Acknowledgement ack = acknowledge(mail, receipt, disposition);
        LOG.info("mail {} {} as {}: {}, acknowledgement {}, problems {}", mail.caseData().id(),
                result.receipt().resubmission() ? "already received" : "received", receipt, disposition, ack,
                mail.evidence().problems());
        return new MailIntakeResult(receipt, mail.caseData().id(), result.receipt().resubmission(), disposition, ack,
                result.receipt().reportDueBy(), mail.evidence().problems());
    }

    private Assessment latestAssessment(String receipt) {
        return store.find(receipt).flatMap(StoredCase::latestAssessment)
                .or(() -> {
                    intake.assessPending();
                    return store.find(receipt).flatMap(StoredCase::latestAssessment);
                })
                .map(AssessmentEntry::assessment)
                .orElseThrow(() -> new IllegalStateException("case " + receipt + " has no assessment"));
    }

    private Acknowledgement acknowledge(ParsedMail mail, String receipt, Disposition disposition) {
        if (sender == null) {
            return new Acknowledgement(Status.DISABLED, null);
        }
        if (mail.automated() != null) {
            return new Acknowledgement(Status.SUPPRESSED, mail.automated());
        }
        if (mail.replyAddress() == null) {
            return new Acknowledgement(Status.NO_ADDRESS, null);
        }
        if (mail.replyAddress().equalsIgnoreCase(sender.from())) {
            return new Acknowledgement(Status.SUPPRESSED, "own-address");
        }
        if (sent.sent(receipt)) {
            return new Acknowledgement(Status.ALREADY_SENT, null);
        }
        if (!rateLimit.tryAcquire(mail.replyAddress())) {
            return new Acknowledgement(Status.SUPPRESSED, "rate-limit");
        }
        Acknowledgements.Kind kind = disposition == Disposition.ACCEPTED ? Acknowledgements.Kind.ACCEPTED
                : Acknowledgements.Kind.NOT_ACCEPTED;
        OutgoingMail reply = templates.render(kind, receipt, mail.caseData().receivedAt());
        try {
            MimeMessage message = MimeComposer.compose(sender.session(), sender.from(),
                    List.of(mail.replyAddress()), reply);
            if (mail.evidence().messageId() != null) {
                message.setHeader("In-Reply-To", "<" + mail.evidence().messageId() + ">");
                message.setHeader("References", "<" + mail.evidence().messageId() + ">");
            }
            message.setHeader("Auto-Submitted", "auto-replied");          // RFC 3834
            message.setHeader("X-Auto-Response-Suppress", "All");        // Exchange: no out-of-office back
            message.setHeader(AutoReplies.ACK_HEADER, receipt);
            message.saveChanges();
            sender.transmit(message);
        } catch (MessagingException e) {
            throw new MailSendException(e);
        }
        sent.record(receipt);
        return new Acknowledgement(Status.SENT, null);
    }
}
