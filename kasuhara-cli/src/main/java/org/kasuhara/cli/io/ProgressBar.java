// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress display on standard error: cases done, cases per second and, when the input's size is
 * known, a bar with the share of bytes read. It redraws at most five times a second with a carriage return, so it
 * costs nothing measurable per case; everything runs on the caller's thread.
 *
 * <p>Written here rather than taken from a library: the common one (me.tongfei:progressbar) brings JLine 3 into
 * the CLI jar for terminal detection and counts one unit per bar, where this display needs cases and bytes at once.
 */
public final class ProgressBar {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 24;
    private final PrintWriter err;
    private final Labels labels;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long lastDraw = start;
    private long cases;
    private long bytes;
    private int drawnLength;
    private final String[] units;
    private final boolean eta;

    /**
     * @param err        where to draw
     * @param labels     the language of the units
     * @param totalBytes the size of the input, or a negative number when unknown (standard input)
     */
    public ProgressBar(PrintWriter err, Labels labels, long totalBytes) {
        this(err, labels, totalBytes, new String[] {"件", "case", "cases"}, false);
    }

    /**
     * @param err        where to draw
     * @param labels     the language of the units
     * @param totalBytes the size of the input, or a negative number when unknown
     * @param units      the unit in Japanese, English singular and plural, e.g. {@code 件, record, records}
     * @param eta        whether to show the estimated time left (from the share of bytes read)
     */
    public ProgressBar(PrintWriter err, Labels labels, long totalBytes, String[] units, boolean eta) {
        this.err = err;
        this.labels = labels;
        this.totalBytes = totalBytes;
        this.units = units.clone();
        this.eta = eta;
    }

    /**
     * Sets the totals at once (for work counted elsewhere), and redraws when the last drawing is old enough.
     *
     * @param done      units done
     * @param bytesRead bytes read of the input
     */
    public void update(long done, long bytesRead) {
        cases = done;
        bytes = bytesRead;
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    /**
     * Whether standard error is a terminal. Java 17 can only tell whether the console as a whole is one, so on
     * Linux the file behind descriptor 2 decides; elsewhere the console does.
     *
     * @return {@code true} when a progress display would be seen
     */
    public static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** @param count bytes just read from the input */
    public void bytesRead(long count) {
        bytes += count;
    }

    /** Counts one case done, and redraws when the last drawing is old enough. */
    public void caseDone() {
        cases++;
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    /** Erases the line, so that a message can be printed; the next redraw puts it back. */
    public void clear() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }

    /** Draws the final state and ends the line. */
    public void finish() {
        draw(System.nanoTime());
        err.println();
        err.flush();
        drawnLength = 0;
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        StringBuilder line = new StringBuilder(String.format("%,d %s  %,.0f %s", cases,
                labels.of(units[0], cases == 1 ? units[1] : units[2]),
                cases / seconds, labels.of(units[0] + "/秒", units[2] + "/s")));
        if (totalBytes > 0) {
            double share = Math.min(1.0, (double) bytes / totalBytes);
            int filled = (int) Math.round(share * WIDTH);
            line.append("  [").append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append(']')
                    .append(String.format(" %3.0f%%", share * 100));
            if (eta && share > 0 && share < 1) {
                long left = Math.round(seconds * (1 - share) / share);
                line.append(String.format("  %s %d:%02d", labels.of("残り", "ETA"), left / 60, left % 60));
            }
        }
        String text = line.toString();
        int columns = columns(text);
        err.print("\r" + text + " ".repeat(Math.max(0, drawnLength - columns)));
        err.flush();
        drawnLength = columns;
    }

    /** Terminal columns: CJK characters take two. */
    private static int columns(String text) {
        return text.length() + (int) text.chars().filter(c -> c >= 0x2E80).count();
    }
}
