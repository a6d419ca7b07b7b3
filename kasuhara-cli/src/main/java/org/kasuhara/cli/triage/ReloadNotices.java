// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.triage;

import org.kasuhara.cli.io.Labels;
import org.kasuhara.cli.io.RuleSetLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.kasuhara.engine.ReloadEvent;
import org.kasuhara.engine.ReloadListener;

/**
 * Tells the person running {@code kasuhara triage --watch} on standard error when the rules change: the new
 * version, or every problem of a rejected change by file and line and the version still in use. Saves that
 * change nothing are not mentioned.
 */
public final class ReloadNotices implements ReloadListener {
    private final Path directory;
    private final PrintWriter err;
    private final Labels labels;

    public ReloadNotices(Path directory, PrintWriter err, Labels labels) {
        this.directory = directory;
        this.err = err;
        this.labels = labels;
    }

    @Override
    public void onReload(ReloadEvent event) {
        // Called on the watcher thread while the main thread may be reporting a bad record: one notice at a time.
        synchronized (err) {
            if (event instanceof ReloadEvent.Reloaded r) {
                err.println(labels.of("ルールを再読み込みしました", "rules reloaded") + ": " + r.ruleSet().name()
                        + " " + r.ruleSet().version() + " (" + r.compileTime().toMillis() + " ms)");
            } else if (event instanceof ReloadEvent.Rejected r) {
                RuleSetLoader.report(directory, r.problems(), err, labels);
                err.println(labels.of("変更は反映されていません。使用中のルールを継続します",
                        "the change was not loaded; still using") + ": " + r.ruleSet().name() + " "
                        + r.ruleSet().version());
            }
            err.flush();
        }
    }
}
