// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.engine.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.text.Lexicon;
import org.kasuhara.text.LexiconEntry;
import org.kasuhara.text.LexiconException;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.internal.LexiconTextAnalyzer;
import org.kasuhara.text.internal.LexiconTsvParser;

/** Reads a rule set's {@code lexicons/*.tsv} into one text analyser; every problem of every file is reported. */
final class LexiconFiles {
    /** A file named as a source: a user of the rule set cannot follow it; a catalogue source id is public. */
    private static final Pattern FILE_REFERENCE = Pattern.compile("[\\w./-]*[\\w-]\\.(md|txt|docx?|pdf|html?)\\b");

    private LexiconFiles() {
    }

    /**
     * @param files    the rule set's files
     * @param problems receives every problem
     * @param packaged the version of the rule set when these files passed every lexicon check when Kasuhara was
     *                 built (the packaged default rule set): they are read without checking each example again, and
     *                 with the term index packaged with them; {@code null} for any other rule set
     * @return the analyser
     */
    static TextAnalyzer read(List<RuleFile> files, List<RuleProblem> problems, String packaged) {
        if (packaged != null) {
            List<LexiconEntry> entries = entries(files);
            if (entries == null) { // cannot happen for files that passed; never trust blindly
                return read(files, problems, null);
            }
            TextAnalyzer built = PackagedRuleSets.onClassPath().loadTermIndex(packaged, entries);
            return built != null ? built : LexiconTextAnalyzer.of(entries);
        }
        List<Lexicon> lexicons = new ArrayList<>();
        for (RuleFile file : files) {
            if (!RuleFileKinds.isLexicon(file.path())) {
                continue;
            }
            checkSources(file, problems);
            try {
                lexicons.add(Lexicon.parse(new StringReader(file.text()), file.path()));
            } catch (LexiconException e) {
                report(e, problems);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.path(), e);
            }
        }
        try {
            return TextAnalyzer.of(Lexicon.merge(lexicons.toArray(Lexicon[]::new)));
        } catch (LexiconException e) {
            // a term in two lexicon files (ja.tsv and en.tsv): reported by file and line like any other problem
            report(e, problems);
            return TextAnalyzer.of(Lexicon.merge());
        }
    }

    /**
     * @param files the rule set's files
     * @return the entries of its lexicons in file order, read as files that passed every check when Kasuhara was
     *         built ({@link LexiconTsvParser#parseChecked}), or {@code null} when one does not parse
     */
    static List<LexiconEntry> entries(List<RuleFile> files) {
        List<LexiconEntry> entries = new ArrayList<>();
        for (RuleFile file : files) {
            if (RuleFileKinds.isLexicon(file.path())) {
                LexiconTsvParser.Result result = LexiconTsvParser.parseChecked(file.content(), file.path());
                if (!result.problems().isEmpty()) {
                    return null;
                }
                entries.addAll(result.entries());
            }
        }
        return entries;
    }

    private static void report(LexiconException e, List<RuleProblem> problems) {
        for (LexiconException.Problem p : e.problems()) {
            boolean line = p.column() == LexiconException.WHOLE_LINE;
            String where = line ? p.field() : "column " + p.column() + " (" + p.field() + ")";
            String whereJa = line ? "行" : p.column() + "列目（" + p.field() + "）";
            problems.add(new RuleProblem(p.source(), p.line(), null, where + ": " + p.message(),
                    whereJa + ": " + JapaneseMessages.of(p.message())));
        }
    }

    /** Notes and comments cite public sources by their catalogue id (MHLW-2022 §B-1), never a document file. */
    private static void checkSources(RuleFile file, List<RuleProblem> problems) {
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher reference = FILE_REFERENCE.matcher(lines[i]);
            if (reference.find()) {
                problems.add(new Bilingual("出典にファイル（" + reference.group() + "）が書かれています。ルールセットの利用者は"
                        + "開けません。カタログの出典 ID（例: MHLW-2022 §B-1）で書いてください", "cites a file ("
                        + reference.group() + ") as a source, which a user of the rule set cannot open; cite a catalogue"
                        + " source id instead (e.g. MHLW-2022 §B-1)").at(file.path(), i + 1, null));
            }
        }
    }
}
