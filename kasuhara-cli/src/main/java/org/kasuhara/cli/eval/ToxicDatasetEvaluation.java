// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli.eval;

import org.kasuhara.cli.io.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Verdict;
import org.kasuhara.testkit.eval.SentenceVerdicts;
import org.kasuhara.text.Polarity;
import org.kasuhara.text.Speaker;
import org.kasuhara.text.TextAnalyzer;
import org.kasuhara.text.TextInput;
import org.kasuhara.testkit.eval.Score;

/**
 * The abusive-language detector on the public Japanese toxicity data ({@code inspection-ai/japanese-toxic-dataset},
 * Apache-2.0, read from outside the repository and never copied into it). A comment is <em>toxic</em> when most of
 * its annotators voted Toxic or Very Toxic, <em>clean</em> when most voted Not Toxic; others are left out. The
 * detector flags a comment when the analyser finds any harassment signal in it, read as a customer's own words.
 */
public final class ToxicDatasetEvaluation {
    private ToxicDatasetEvaluation() {
    }

    /** The figures; {@code missed} and {@code flaggedClean} list the texts the detector got wrong. */
    public record Result(String file, int rows, int toxic, int toxicFlagged, int clean, int cleanFlagged,
                  List<String> missed, List<String> flaggedClean) {
        /** @return flagged toxic comments as true positives, flagged clean ones as false positives */
        Score score() {
            return new Score(toxicFlagged, cleanFlagged, toxic - toxicFlagged);
        }

        double precision() {
            return score().precision();
        }

        double recall() {
            return score().recall();
        }

        double falsePositiveRate() {
            return clean == 0 ? 0.0 : (double) cleanFlagged / clean;
        }

        String format(boolean withTexts) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "Japanese toxicity data %s: %d comments, %d toxic (majority Toxic+Very Toxic), %d clean (majority"
                            + " Not Toxic), %d unclear left out%n", file, rows, toxic, clean, rows - toxic - clean));
            b.append(String.format(Locale.ROOT, "  precision %.3f, recall %.3f (%d/%d), false-positive rate on clean"
                    + " comments %.3f (%d/%d)%n", precision(), recall(), toxicFlagged, toxic, falsePositiveRate(),
                    cleanFlagged, clean));
            if (withTexts) {
                missed.forEach(t -> b.append("  missed toxic: ").append(t).append('\n'));
                flaggedClean.forEach(t -> b.append("  flagged clean: ").append(t).append('\n'));
            }
            return b.toString();
        }
    }

    /**
     * The engine's verdicts on the same data, each comment triaged as a customer's web-form message
     * ({@link SentenceVerdicts#asCase}).
     *
     * @param toxic            majority-toxic comments
     * @param toxicNotLegit    of those, judged harassment or raised to review
     * @param unanimous        comments every annotator voted Not Toxic
     * @param unanimousHarass  of those, judged harassment
     * @param unanimousReview  of those, raised to review
     */
    public record Verdicts(int toxic, int toxicNotLegit, int unanimous, int unanimousHarass, int unanimousReview) {
        String format() {
            return String.format(Locale.ROOT, "  verdicts: majority-toxic not judged legitimate %d/%d (%.3f);"
                    + " unanimously clean judged harassment %d/%d (%.3f), raised to review %d/%d (%.3f)%n",
                    toxicNotLegit, toxic, share(toxicNotLegit, toxic), unanimousHarass, unanimous,
                    share(unanimousHarass, unanimous), unanimousReview, unanimous, share(unanimousReview, unanimous));
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 0.0 : (double) part / whole;
        }
    }

    /** One comment with its annotators' votes. */
    private record Comment(String text, int notToxic, int hard, int yes) {
        boolean toxic() {
            return yes > notToxic + hard;
        }

        boolean clean() {
            return notToxic > yes + hard;
        }

        boolean unanimous() {
            return yes == 0 && hard == 0 && notToxic > 0;
        }
    }

    /**
     * @param analyzer the analyser
     * @param csv      the data's {@code subset.csv}
     * @return the analyser's figures
     * @throws IOException if the file cannot be read
     */
    public static Result run(TextAnalyzer analyzer, Path csv) throws IOException {
        List<Comment> comments = comments(csv);
        int toxic = 0;
        int toxicFlagged = 0;
        int clean = 0;
        int cleanFlagged = 0;
        List<String> missed = new ArrayList<>();
        List<String> flaggedClean = new ArrayList<>();
        for (Comment c : comments) {
            boolean flagged = analyzer.analyze(new TextInput(0, c.text(), "ja", Speaker.CUSTOMER)).stream()
                    .anyMatch(s -> s.polarity() == Polarity.HARASSMENT);
            if (c.toxic()) {
                toxic++;
                toxicFlagged += flagged ? 1 : 0;
                if (!flagged) {
                    missed.add(c.text());
                }
            } else if (c.clean()) {
                clean++;
                cleanFlagged += flagged ? 1 : 0;
                if (flagged) {
                    flaggedClean.add(c.text());
                }
            }
        }
        return new Result(csv.getFileName().toString(), comments.size(), toxic, toxicFlagged, clean, cleanFlagged,
                missed, flaggedClean);
    }

    /**
     * @param engine the engine
     * @param csv    the data's {@code subset.csv}
     * @return the engine's verdicts on the toxic and the unanimously clean comments
     * @throws IOException if the file cannot be read
     */
    public static Verdicts verdicts(TriageEngine engine, Path csv) throws IOException {
        int toxic = 0;
        int toxicNotLegit = 0;
        int unanimous = 0;
        int harass = 0;
        int review = 0;
        int n = 0;
        for (Comment c : comments(csv)) {
            n++;
            if (!c.toxic() && !c.unanimous()) {
                continue;
            }
            Verdict v = engine.assess(SentenceVerdicts.asCase("toxic-" + n, c.text(), "ja", Speaker.CUSTOMER))
                    .verdict();
            if (c.toxic()) {
                toxic++;
                toxicNotLegit += v != Verdict.LEGITIMATE_COMPLAINT ? 1 : 0;
            } else {
                unanimous++;
                harass += v == Verdict.CUSTOMER_HARASSMENT ? 1 : 0;
                review += v == Verdict.NEEDS_REVIEW ? 1 : 0;
            }
        }
        return new Verdicts(toxic, toxicNotLegit, unanimous, harass, review);
    }

    private static List<Comment> comments(Path csv) throws IOException {
        List<List<String>> records = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> header = records.get(0);
        int text = header.indexOf("text");
        int notToxic = header.indexOf("Not Toxic");
        int hard = header.indexOf("Hard to Say");
        int toxicVotes = header.indexOf("Toxic");
        int veryToxic = header.indexOf("Very Toxic");
        List<Comment> comments = new ArrayList<>();
        for (List<String> row : records.subList(1, records.size())) {
            if (row.size() < header.size()) {
                continue;
            }
            comments.add(new Comment(row.get(text), Integer.parseInt(row.get(notToxic)),
                    Integer.parseInt(row.get(hard)),
                    Integer.parseInt(row.get(toxicVotes)) + Integer.parseInt(row.get(veryToxic))));
        }
        return comments;
    }
}
