// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.kasuhara.mail.internal.DirectoryEvidenceStore;

/**
 * Where the bytes of evidence go: raw messages, attachments and parts that could not be decoded. Content-addressed by
 * SHA-256, so storing the same bytes twice (a re-ingested message) stores them once. Bytes are only written, never
 * opened, run or rendered.
 */
public interface EvidenceStore {

    /**
     * Keeps evidence in a folder: {@code DIR/sha256/ab/abcdef…}, written to a temporary file and moved into place
     * atomically, so a crash never leaves a partial file under a hash name.
     *
     * @param directory the folder, created when missing
     * @return the store
     */
    static EvidenceStore directory(Path directory) {
        return new DirectoryEvidenceStore(directory, true);
    }

    /**
     * Hashes and measures evidence without keeping its bytes (offline parsing, benchmarks). The metadata is still
     * recorded; the bytes are not.
     *
     * @return the store
     */
    static EvidenceStore hashOnly() {
        return new DirectoryEvidenceStore(null, false);
    }

    /**
     * Stores bytes read from a stream, which is read to its end but not closed.
     *
     * @param content the bytes
     * @return the hash, the size and where they are
     * @throws IOException when the stream or the folder fails
     */
    StoredEvidence store(InputStream content) throws IOException;

    /**
     * Stored bytes.
     *
     * @param sha256   their SHA-256, 64 lower-case hex digits
     * @param size     how many bytes
     * @param location where they are, or {@code null} when they were not kept
     */
    record StoredEvidence(String sha256, long size, Path location) {
    }
}
