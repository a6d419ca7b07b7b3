// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

/**
 * Hears what a {@link MailboxWatcher} does, for metrics, a UI or tests. Called on the watcher's thread; nothing passed
 * holds personal data. An exception thrown here stops the batch like a crash would: the watcher then resumes safely.
 */
public interface WatcherListener {
    /** Hears nothing. */
    WatcherListener NONE = new WatcherListener() { };

    /**
     * A message was stored (committed) and acknowledged, and is about to be moved out of the inbox.
     *
     * @param result what the intake did
     */
    default void stored(MailIntakeResult result) {
    }

    /**
     * A message was moved to a folder.
     *
     * @param caseId its case id, or {@code null} when it could not be read
     * @param folder the folder's name
     */
    default void moved(String caseId, String folder) {
    }

    /**
     * Taking a message in failed this time.
     *
     * @param reason  what failed (a kind, never message content)
     * @param attempt which attempt this was
     * @param final_  whether the message was given up and moved to the failed folder
     */
    default void failed(String reason, int attempt, boolean final_) {
    }
}
