// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder and every folder below it (new ones too) on one daemon thread, and runs {@code onChange}
 * once a burst of changes has been quiet for the quiet period. Changes to hidden and editor files are ignored.
 * The folder's parent is watched for the folder's own name only, so that a folder deleted and created again
 * (or replaced by a rename, as deployments do) is watched afresh.
 */
final class DirectoryWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);

    private final Path root;
    private final long quietMillis;
    private final Runnable onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final WatchKey parentKey;
    private final Thread thread;

    DirectoryWatcher(Path root, Duration quietPeriod, Runnable onChange) throws IOException {
        this.root = root;
        this.quietMillis = quietPeriod.toMillis();
        this.onChange = onChange;
        this.service = root.getFileSystem().newWatchService();
        this.parentKey = root.getParent() == null ? null
                : root.getParent().register(service, ENTRY_CREATE, ENTRY_DELETE);
        watchTree();
        this.thread = new Thread(this::run, "kasuhara-rules-watcher " + root);
        thread.setDaemon(true);
        thread.start();
    }

    boolean isRunning() {
        return thread.isAlive();
    }

    private void run() {
        try {
            while (true) {
                boolean changed = drain(service.take());
                WatchKey next;
                while ((next = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(next);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.debug("stopped watching {}", root);
        } catch (RuntimeException e) {
            LOG.error("stopped watching {} after an unexpected failure", root, e);
        }
    }

    private boolean drain(WatchKey key) {
        Path folder = folders.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed = true;
            } else if (key == parentKey) {
                if (root.getFileName().equals(event.context())) {
                    changed = true;
                    if (event.kind() == ENTRY_CREATE) {
                        watchTree();
                    }
                }
            } else if (folder != null) {
                Path child = folder.resolve((Path) event.context());
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    watch(child);
                    changed = true;
                } else if (!RuleFileKinds.isHidden(child.getFileName().toString())) {
                    changed = true;
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
            changed |= root.equals(folder);
        }
        return changed;
    }

    /** Forgets every folder (they may have moved away) and watches the tree now at {@code root}. */
    private void watchTree() {
        folders.keySet().forEach(WatchKey::cancel);
        folders.clear();
        if (Files.isDirectory(root)) {
            watch(root);
        }
    }

    private void watch(Path start) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A folder removed while being walked: the reload that follows reports what is missing.
            LOG.warn("cannot watch {}: {}", start, e.toString());
        }
    }

    /** Stops the thread and waits (briefly) for a reload in progress to finish. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service of {}", root, e);
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
