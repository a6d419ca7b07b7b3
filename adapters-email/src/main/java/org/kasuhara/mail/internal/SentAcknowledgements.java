// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which receipts were acknowledged, kept in a folder (one empty file per receipt) so that a restart or a duplicate
 * delivery never sends a second reply. The file is written right after sending: a crash in between sends the reply
 * again on restart (at least once, never lost).
 */
public final class SentAcknowledgements {
    private final Path directory;
    private final Set<String> inMemory = ConcurrentHashMap.newKeySet();

    /** @param directory the folder, or {@code null} to remember only while the process runs */
    public SentAcknowledgements(Path directory) {
        this.directory = directory;
    }

    /** @param receipt a receipt number @return whether its acknowledgement was sent */
    public boolean sent(String receipt) {
        return directory == null ? inMemory.contains(receipt) : Files.exists(directory.resolve(receipt));
    }

    /** @param receipt a receipt number whose acknowledgement was just sent */
    public void record(String receipt) {
        if (directory == null) {
            inMemory.add(receipt);
            return;
        }
        try {
            Files.createDirectories(directory);
            Files.createFile(directory.resolve(receipt));
        } catch (FileAlreadyExistsException e) {
            // recorded before
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record a sent acknowledgement", e);
        }
    }
}
