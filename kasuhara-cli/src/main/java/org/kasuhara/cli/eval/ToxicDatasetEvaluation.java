package org.kasuhara.cli.eval;

import org.kasuhara.cli.io.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    public static Result run(TextAnalyzer analyzer, Path csv) throws IOException {
        List<List<String>> records = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> header = records.get(0);
        int text = header.indexOf("text");
        int notToxic = header.indexOf("Not Toxic");
        int hard = header.indexOf("Hard to Say");
        int toxicVotes = header.indexOf("Toxic");
        int veryToxic = header.indexOf("Very Toxic");
        int rows = 0;
        int toxic = 0;
        int toxicFlagged = 0;
        int clean = 0;
        int cleanFlagged = 0;
        List<String> missed = new ArrayList<>();
        List<String> flaggedClean = new ArrayList<>();
        for (List<String> row : records.subList(1, records.size())) {
            if (row.size() < header.size()) {
                continue;
            }
            rows++;
            int notToxicVotes = Integer.parseInt(row.get(notToxic));
            int hardVotes = Integer.parseInt(row.get(hard));
            int no = notToxicVotes + hardVotes;
            int yes = Integer.parseInt(row.get(toxicVotes)) + Integer.parseInt(row.get(veryToxic));
            boolean flagged = analyzer.analyze(new TextInput(0, row.get(text), "ja", Speaker.CUSTOMER)).stream()
                    .anyMatch(s -> s.polarity() == Polarity.HARASSMENT);
            if (yes > no) {
                toxic++;
                toxicFlagged += flagged ? 1 : 0;
                if (!flagged) {
                    missed.add(row.get(text));
                }
            } else if (notToxicVotes > yes + hardVotes) {
                clean++;
                cleanFlagged += flagged ? 1 : 0;
                if (flagged) {
                    flaggedClean.add(row.get(text));
                }
            }
        }
        return new Result(csv.getFileName().toString(), rows, toxic, toxicFlagged, clean, cleanFlagged, missed,
                flaggedClean);
    }
}
