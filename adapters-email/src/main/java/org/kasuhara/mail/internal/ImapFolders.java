// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.kasuhara.mail.MailSettings;

/** The inbox and the three destination folders: created when missing; moves by IMAP MOVE, else copy and delete. */
public final class ImapFolders {
    /** The header a message moved to the failed folder carries: the reason, never content. */
    public static final String FAILURE_HEADER = "X-Kasuhara-Failure";
    private final Store store;
    private final MailSettings settings;
    private Folder inbox;

    /** @param store a connected store @param settings folder names */
    public ImapFolders(Store store, MailSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** @return the inbox, open read-write, the destination folders created @throws MessagingException on failure */
    public Folder openInbox() throws MessagingException {
        for (String name : new String[] {settings.processedFolder(), settings.rejectedFolder(),
            settings.failedFolder()}) {
            Folder folder = store.getFolder(name);
            if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
                throw new MessagingException("cannot create folder");
            }
        }
        inbox = store.getFolder(settings.inboxFolder());
        inbox.open(Folder.READ_WRITE);
        return inbox;
    }

    /** @param message a message of the inbox @param target the folder's name @throws MessagingException on failure */
    public void move(Message message, String target) throws MessagingException {
        Folder destination = store.getFolder(target);
        Message[] one = {message};
        if (inbox instanceof IMAPFolder imap && store instanceof IMAPStore imapStore
                && imapStore.hasCapability("MOVE")) {
            imap.moveMessages(one, destination);
        } else {
            inbox.copyMessages(one, destination);
            message.setFlag(Flags.Flag.DELETED, true);
        }
    }

    /**
     * Puts a copy with the failure header into the failed folder and removes the original.
     *
     * @param message the message
     * @param raw     its bytes, or {@code null} when they could not be read (then it is moved as is)
     * @param reason  the failure's kind
     * @throws MessagingException on failure
     */
    public void moveToFailed(Message message, byte[] raw, String reason) throws MessagingException {
        if (raw == null) {
            move(message, settings.failedFolder());
            return;
        }
        ByteArrayOutputStream marked = new ByteArrayOutputStream(raw.length + 100);
        marked.writeBytes((FAILURE_HEADER + ": " + reason.replaceAll("[\\r\\n]", " ") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        marked.writeBytes(raw);
        MimeMessage copy = new MimeMessage(MailSessions.parsing(), new ByteArrayInputStream(marked.toByteArray()));
        Folder failed = store.getFolder(settings.failedFolder());
        failed.appendMessages(new Message[] {copy});
        message.setFlag(Flags.Flag.DELETED, true);
    }

    /** @param folder an open folder or {@code null} @param expunge remove deleted messages */
    public static void close(Folder folder, boolean expunge) {
        if (folder != null && folder.isOpen()) {
            try {
                folder.close(expunge);
            } catch (MessagingException e) {
                // the connection is gone: deleted messages stay flagged and are skipped next time
            }
        }
    }
}
