// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.kasuhara.mail.internal.AttemptCounter;
import org.kasuhara.mail.internal.ImapFolders;
import org.kasuhara.mail.internal.ServerSessions;
import org.kasuhara.cases.store.CaseStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an IMAP mailbox into a 24-hour reception channel. Each poll takes every message in the inbox in: the case is
 * committed to the store <em>before</em> the message is marked seen and moved — to {@code Processed}, to
 * {@code Rejected} (not accepted: threats; also flagged), or after {@code max.attempts} failures to {@code Failed}
 * with the reason in an {@code X-Kasuhara-Failure} header. A crash between storing and moving leaves the message in
 * the inbox; the next poll takes it in again, which the store's idempotency (case id from the Message-ID) turns into
 * the original receipt, and the reply log into no second reply. A store or evidence failure ends the poll and leaves
 * every message for the next. A malformed message never stops the watcher.
 */
public final class MailboxWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MailboxWatcher.class);
    private final MailSettings settings;
    private final MailIntake intake;
    private final WatcherListener listener;
    private final AttemptCounter attempts = new AttemptCounter();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Store store;

    private MailboxWatcher(MailSettings settings, MailIntake intake, WatcherListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * @param settings IMAP host, port, security, user, password, folders, poll interval, max attempts
     * @param intake   what takes each message in
     * @param listener hears each step, or {@link WatcherListener#NONE}
     * @return a watcher, not yet connected
     */
    public static MailboxWatcher create(MailSettings settings, MailIntake intake, WatcherListener listener) {
        return new MailboxWatcher(settings, intake, listener);
    }

    /**
     * Takes in every message now in the inbox, once.
     *
     * @return what was done
     * @throws MailboxException when the server cannot be reached or a folder cannot be used
     */
    public synchronized BatchSummary pollOnce() {
        int recovered = intake.recover();
        if (recovered > 0) {
            LOG.info("assessed {} case(s) stored before a restart but not assessed", recovered);
        }
        Folder inbox = null;
        boolean complete = false;
        Batch batch = new Batch();
        try {
            Store connected = connect();
            ImapFolders folders = new ImapFolders(connected, settings);
            inbox = folders.openInbox();
            Message[] messages = inbox.getMessages();
            // one FETCH for every message's UID, flags, size and arrival time, instead of several round trips each
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.FLAGS);
            profile.add(FetchProfile.Item.SIZE);
            profile.add(FetchProfile.Item.ENVELOPE);
            inbox.fetch(messages, profile);
            for (Message message : messages) {
                if (!message.isSet(Flags.Flag.DELETED) && !take(inbox, folders, message, batch)) {
                    break;
                }
            }
            complete = true;
        } catch (MessagingException e) {
            throw new MailboxException("mailbox", e);
        } finally {
            ImapFolders.close(inbox, complete);
        }
        BatchSummary summary = batch.summary();
        LOG.info("poll: {} processed, {} rejected, {} failed, {} left to retry", summary.processed(),
                summary.rejected(), summary.failed(), summary.retrying());
        return summary;
    }

    /** @return {@code false} when the batch must stop (store or evidence failure: retried at the next poll) */
    private boolean take(Folder inbox, ImapFolders folders, Message message, Batch batch) throws MessagingException {
        String key = ((UIDFolder) inbox).getUIDValidity() + ":" + ((UIDFolder) inbox).getUID(message);
        byte[] raw;
        try {
            raw = read(message);
        } catch (IOException | MessagingException e) {
            fail(folders, message, null, key, "unreadable-message: " + e.getClass().getSimpleName(), batch);
            return true;
        }
        MailIntakeResult result;
        try {
            result = intake.ingest(raw, receivedTime(message));
        } catch (CaseStoreException | UncheckedIOException e) {
            LOG.warn("the case store or evidence folder failed ({}); the inbox is retried at the next poll",
                    e.getClass().getSimpleName());
            batch.retrying++;
            return false;
        } catch (MailSendException e) {
            fail(folders, message, raw, key, "acknowledgement-not-sent", batch);
            return true;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // One hostile message must not stop the mailbox: it goes to Failed with the reason, the next one is read.
            // (Out of memory and other VM errors still propagate: the process is not safe to go on.)
            fail(folders, message, raw, key, "intake-error: " + e.getClass().getSimpleName(), batch);
            return true;
        }
        listener.stored(result);
        boolean rejected = result.disposition() == MailIntakeResult.Disposition.NOT_ACCEPTED;
        Flags processed = new Flags(Flags.Flag.SEEN);
        if (rejected) {
            processed.add(Flags.Flag.FLAGGED);
        }
        message.setFlags(processed, true);
        String target = rejected ? settings.rejectedFolder() : settings.processedFolder();
        folders.move(message, target);
        attempts.forget(key);
        listener.moved(result.caseId(), target);
        if (rejected) {
            batch.rejected++;
        } else {
            batch.processed++;
        }
        return true;
    }

    private void fail(ImapFolders folders, Message message, byte[] raw, String key, String reason, Batch batch)
            throws MessagingException {
        int attempt = attempts.increment(key);
        boolean giveUp = attempt >= settings.maxAttempts();
        LOG.warn("message {} failed (attempt {} of {}): {}", key, attempt, settings.maxAttempts(), reason);
        listener.failed(reason, attempt, giveUp);
        if (!giveUp) {
            batch.retrying++;
            return;
        }
        folders.moveToFailed(message, raw, reason);
        attempts.forget(key);
        listener.moved(null, settings.failedFolder());
        batch.failed++;
    }

    /**
     * Polls until {@link #stop()}: a failed poll (server down) is logged and tried again after the interval.
     */
    public void run() {
        while (stopped.getCount() > 0) {
            try {
                pollOnce();
            } catch (MailboxException e) {
                LOG.warn("poll failed, trying again in {}: {}", settings.pollInterval(), e.getMessage());
                disconnect();
            }
            try {
                if (stopped.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Ends {@link #run()} after the current poll. */
    public void stop() {
        stopped.countDown();
    }

    @Override
    public synchronized void close() {
        stop();
        disconnect();
    }

    private Store connect() throws MessagingException {
        if (store == null || !store.isConnected()) {
            disconnect();
            store = ServerSessions.imap(settings).getStore();
            store.connect(settings.imapHost(), settings.imapPort(), settings.imapUser(), settings.imapPassword());
        }
        return store;
    }

    private synchronized void disconnect() {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException e) {
                LOG.debug("closing the mailbox failed: {}", e.getClass().getSimpleName());
            }
            store = null;
        }
    }

    private static byte[] read(Message message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
        message.writeTo(out);
        return out.toByteArray();
    }

    private static Instant receivedTime(Message message) {
        try {
            return message.getReceivedDate() == null ? Instant.now() : message.getReceivedDate().toInstant();
        } catch (MessagingException e) {
            return Instant.now();
        }
    }

    private static final class Batch {
        int processed;
        int rejected;
        int failed;
        int retrying;

        BatchSummary summary() {
            return new BatchSummary(processed, rejected, failed, retrying);
        }
    }
}
