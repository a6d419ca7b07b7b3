package org.kasuhara.engine.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.kasuhara.engine.RuleFile;
import org.kasuhara.engine.RuleProblem;
import org.kasuhara.text.Lexicon;
import org.kasuhara.text.LexiconException;
import org.kasuhara.text.TextAnalyzer;

/** Reads a rule set's {@code lexicons/*.tsv} into one text analyser; every problem of every file is reported. */
final class LexiconFiles {
    private LexiconFiles() {
    }

    static TextAnalyzer read(List<RuleFile> files, List<RuleProblem> problems) {
        List<Lexicon> lexicons = new ArrayList<>();
        for (RuleFile file : files) {
            if (!RuleFileKinds.isLexicon(file.path())) {
                continue;
            }
            try {
                lexicons.add(Lexicon.parse(new StringReader(file.text()), file.path()));
            } catch (LexiconException e) {
                for (LexiconException.Problem p : e.problems()) {
                    boolean line = p.column() == LexiconException.WHOLE_LINE;
                    String where = line ? p.field() : "column " + p.column() + " (" + p.field() + ")";
                    String whereJa = line ? "行" : p.column() + "列目（" + p.field() + "）";
                    problems.add(new RuleProblem(p.source(), p.line(), null, where + ": " + p.message(),
                            whereJa + ": " + JapaneseMessages.of(p.message())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.path(), e);
            }
        }
        return TextAnalyzer.of(Lexicon.merge(lexicons.toArray(Lexicon[]::new)));
    }
}
