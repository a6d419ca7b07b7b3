// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import org.kasuhara.mail.EvidenceStore;

/** {@link EvidenceStore} in a folder (or, without one, hashing only). */
public final class DirectoryEvidenceStore implements EvidenceStore {
    private final Path directory;
    private final boolean keep;

    /**
     * @param directory the folder, {@code null} when bytes are not kept
     * @param keep      whether bytes are written
     */
    public DirectoryEvidenceStore(Path directory, boolean keep) {
        this.directory = directory;
        this.keep = keep;
    }

    @Override
    public StoredEvidence store(InputStream content) throws IOException {
        MessageDigest digest = Sha256.digest();
        DigestInputStream in = new DigestInputStream(content, digest);
        if (!keep) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new StoredEvidence(Sha256.hex(digest), size, null);
        }
        Path tmpDir = Files.createDirectories(directory.resolve("tmp"));
        Path tmp = Files.createTempFile(tmpDir, "evidence", ".part");
        try {
            long size;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                size = in.transferTo(out);
            }
            String hash = Sha256.hex(digest);
            Path target = directory.resolve("sha256").resolve(hash.substring(0, 2)).resolve(hash);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                moveAtomically(tmp, target);
            }
            return new StoredEvidence(hash, size, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void moveAtomically(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // the same bytes, stored meanwhile by another thread
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
