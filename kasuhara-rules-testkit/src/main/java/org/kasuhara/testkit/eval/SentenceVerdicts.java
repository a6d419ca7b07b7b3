// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.testkit.eval;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.model.Assessment;
import org.kasuhara.model.Case;
import org.kasuhara.model.Channel;
import org.kasuhara.model.Contact;
import org.kasuhara.model.Verdict;
import org.kasuhara.text.Speaker;

/**
 * Measures the whole engine — lexicons, constructions, rules, the verdict table and the statistical net — on
 * labelled sentences, each triaged as a one-contact case of its own: a customer's sentence as a message sent in
 * through the web form, a staff sentence as the employee's note of an in-person contact. A sentence of abuse is
 * <em>caught</em> when the verdict is not a legitimate complaint (harassment, or review raised by a rule or the net);
 * a clean sentence counts against the engine when judged harassment, and separately when only raised to review.
 */
public final class SentenceVerdicts {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-01T10:00:00+09:00");

    private SentenceVerdicts() {
    }

    /**
     * The figures.
     *
     * @param abusive         sentences of abuse
     * @param caught          of those, judged harassment or raised to review
     * @param harassment      of those, judged harassment
     * @param clean           legitimate sentences
     * @param cleanHarassment of those, judged harassment
     * @param cleanReview     of those, raised to review
     * @param missed          abuse judged a legitimate complaint, in input order
     * @param flagged         clean sentences judged other than a legitimate complaint, in input order
     */
    public record Result(int abusive, int caught, int harassment, int clean, int cleanHarassment, int cleanReview,
                         List<LabelledSentence> missed, List<LabelledSentence> flagged) {
        /** Copies the lists. */
        public Result {
            missed = List.copyOf(missed);
            flagged = List.copyOf(flagged);
        }

        /** @return caught abuse ÷ every sentence not judged a legitimate complaint (1 when none) */
        public double precision() {
            int all = caught + cleanHarassment + cleanReview;
            return all == 0 ? 1.0 : (double) caught / all;
        }

        /** @return caught abuse ÷ abuse (1 when there is none) */
        public double recall() {
            return abusive == 0 ? 1.0 : (double) caught / abusive;
        }

        /**
         * @param withTexts whether to list every miss
         * @return the figures as lines of text
         */
        public String format(boolean withTexts) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "Verdict per sentence (each sentence a one-contact case; caught = not judged legitimate):%n"
                            + "  abuse caught %d/%d (recall %.3f, precision %.3f); judged harassment %d/%d (%.3f)%n"
                            + "  clean judged harassment %d/%d (%.3f); clean raised to review %d/%d (%.3f)%n",
                    caught, abusive, recall(), precision(), harassment, abusive, share(harassment, abusive),
                    cleanHarassment, clean, share(cleanHarassment, clean), cleanReview, clean,
                    share(cleanReview, clean)));
            if (withTexts) {
                missed.forEach(s -> b.append("  missed abuse ").append(s.id()).append(": ").append(s.text())
                        .append('\n'));
                flagged.forEach(s -> b.append("  flagged clean ").append(s.id()).append(": ").append(s.text())
                        .append('\n'));
            }
            return b.toString();
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 0.0 : (double) part / whole;
        }
    }

    /**
     * @param engine the engine
     * @param corpus the labelled sentences
     * @return the figures
     */
    public static Result run(TriageEngine engine, LabelledCorpus corpus) {
        Objects.requireNonNull(engine, "engine");
        int abusive = 0;
        int caught = 0;
        int harassment = 0;
        int clean = 0;
        int cleanHarassment = 0;
        int cleanReview = 0;
        List<LabelledSentence> missed = new ArrayList<>();
        List<LabelledSentence> flagged = new ArrayList<>();
        for (LabelledSentence s : corpus.sentences()) {
            Verdict verdict = engine.assess(asCase(s.id(), s.text(), s.language(), s.speaker())).verdict();
            if (!s.kind().legitimate()) {
                abusive++;
                caught += verdict != Verdict.LEGITIMATE_COMPLAINT ? 1 : 0;
                harassment += verdict == Verdict.CUSTOMER_HARASSMENT ? 1 : 0;
                if (verdict == Verdict.LEGITIMATE_COMPLAINT) {
                    missed.add(s);
                }
            } else {
                clean++;
                cleanHarassment += verdict == Verdict.CUSTOMER_HARASSMENT ? 1 : 0;
                cleanReview += verdict == Verdict.NEEDS_REVIEW ? 1 : 0;
                if (verdict != Verdict.LEGITIMATE_COMPLAINT) {
                    flagged.add(s);
                }
            }
        }
        return new Result(abusive, caught, harassment, clean, cleanHarassment, cleanReview, missed, flagged);
    }

    /**
     * One sentence as a case: a customer's words as a message sent in through the web form, a staff sentence as the
     * employee's note of an in-person contact.
     *
     * @param id       the case id
     * @param text     the sentence
     * @param language {@code "ja"}, {@code "en"}, or {@code null} to let the engine detect it
     * @param speaker  whose words the sentence is
     * @return the case
     */
    public static Case asCase(String id, String text, String language, Speaker speaker) {
        Channel channel = speaker == Speaker.STAFF_NARRATIVE ? Channel.IN_PERSON : Channel.WEB_FORM;
        String staff = speaker == Speaker.STAFF_NARRATIVE ? "staff" : null;
        return Case.builder(id, AT, channel).language(language)
                .contact(new Contact(channel, AT.minusMinutes(10), AT.minusMinutes(5), staff, text, null))
                .build();
    }
}
