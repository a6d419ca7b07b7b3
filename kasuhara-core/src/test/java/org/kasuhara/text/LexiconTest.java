// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    private static Lexicon parse(String... lines) throws IOException {
        return Lexicon.parse(new StringReader(String.join("\n", lines)), "test.tsv");
    }

    private static List<LexiconException.Problem> problemsOf(String... lines) {
        try {
            parse(lines);
        } catch (LexiconException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a LexiconException");
    }

    @Test
    void readsEntriesSkippingHeaderCommentsAndBlankLines() throws IOException {
        Lexicon lexicon = parse("\uFEFFterm\tcategory\tlanguage\texample\tnote", "# insults", "",
                "バカ\tINSULT\tja\tこのバカ！\tcommon abusive vocabulary", "  ", "idiot\tinsult\ten\tyou idiot");
        assertThat(lexicon.entries()).containsExactly(
                new LexiconEntry("バカ", SignalCategory.INSULT, "ja", "このバカ！", "common abusive vocabulary", "test.tsv", 4),
                new LexiconEntry("idiot", SignalCategory.INSULT, "en", "you idiot", "", "test.tsv", 6));
    }

    @Test
    void bangMarksAnExclusionEntry() throws IOException {
        LexiconEntry entry = parse("!ばかり\tINSULT\tja\tそればかりか\tfalse positive").entries().get(0);
        assertThat(entry.exclusion()).isTrue();
        assertThat(entry.term()).isEqualTo("ばかり");
    }

    @Test
    void exampleMayUseAnotherSpellingOfTheTerm() throws IOException {
        assertThat(parse("バカ\tINSULT\tja\tﾊﾞｶ野郎\tt", "kill\tTHREAT_TO_LIFE\ten\tHe KILLED it\tt").size()).isEqualTo(2);
    }

    @Test
    void reportsEveryProblemOfTheFileWithLineColumnAndWhatWasExpected() {
        List<LexiconException.Problem> problems = problemsOf(
                "term\tcategory\tlanguage\texample\tnote",
                "バカ\tINSLUT\tja\tこのバカ\tt",
                "死ね\tINSULT\tjp\t死ね\tt",
                "\tINSULT\tja\tx\tt",
                "kill\tTHREAT_TO_LIFE\ten\t\tt",
                "kill\tTHREAT_TO_LIFE\ten\twhat a skill\tt",
                "アホ\tINSULT\tja\tこのアホ\tt",
                "あほ\tINSULT\tja\tあほか\tt",
                "idiot INSULT en you idiot",
                "die\tINSULT\ten\tgo die\tt\textra",
                "die\tINSULT\ten\tgo die\tt\tしね\textra");
        assertThat(problems).extracting(Object::toString).containsExactly(
                "test.tsv:2: column 2 (category): unknown category \"INSLUT\"; expected one of VIOLENCE, "
                        + "THREAT_TO_LIFE, INSULT, SLANDER, INTIMIDATION, TONE, KNEELING, SNS_THREAT, FILMING, "
                        + "DISCRIMINATION, "
                        + "SEXUAL, STAFF_TARGETING, REFUSAL_TO_LEAVE, REPETITION, COMPENSATION_DEMAND, LEGAL_RECOURSE, RETRACTION",
                "test.tsv:3: column 3 (language): \"jp\"; expected ja or en",
                "test.tsv:4: column 1 (term): empty; expected the word or phrase to match",
                "test.tsv:5: column 4 (example): missing; expected a real sentence that contains the term",
                "test.tsv:6: column 4 (example): does not contain the term \"kill\" (normalised: \"kill\", as a whole word)",
                "test.tsv:8: column 1 (term): duplicate of line 7 (\"アホ\", INSULT; same after normalisation)",
                "test.tsv:9: line: expected 5 tab-separated columns (term, category, language, example, note[,"
                        + " reading]), found 1; are the columns separated by spaces instead of tabs?",
                "test.tsv:10: column 6 (reading): \"extra\"; expected the reading in kana (ばか) or nothing",
                "test.tsv:11: line: expected at most 6 tab-separated columns (term, category, language, example,"
                        + " note, reading), found 7",
                "test.tsv:11: column 6 (reading): a reading is only meaningful for Japanese terms; leave it empty");
    }

    @Test
    void exceptionMessageListsAllProblems() {
        assertThatThrownBy(() -> parse("バカ\tINSLUT\tja\tこのバカ\tt", "死ね\tINSULT\tjp\t死ね\tt"))
                .isInstanceOf(LexiconException.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Lexicon has 2 problems:")
                .hasMessageContaining("test.tsv:1: column 2 (category)")
                .hasMessageContaining("test.tsv:2: column 3 (language)");
    }

    @Test
    void sameTermInAnotherCategoryIsNotADuplicate() throws IOException {
        assertThat(parse("土下座\tKNEELING\tja\t土下座しろ\tt", "土下座\tTONE\tja\t土下座しろ\tt").size()).isEqualTo(2);
    }

    @Test
    void loadReportsEveryLineThatIsNotUtf8AlongWithOtherProblems(@TempDir Path dir) throws IOException {
        byte[] sjis = {(byte) 0x83, (byte) 0x6F, (byte) 0x83, (byte) 0x4A}; // 「バカ」 saved as Shift_JIS
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("バカ\tINSULT\tja\tこのバカ\tt\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(sjis);
        bytes.write("\tINSULT\tja\tx\tt\r\n死ね\tINSLUT\tja\t死ね\tt\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(sjis);
        Path file = Files.write(dir.resolve("bad.tsv"), bytes.toByteArray());
        assertThatThrownBy(() -> Lexicon.load(file)).isInstanceOfSatisfying(LexiconException.class, e ->
                assertThat(e.problems()).extracting(p -> p.line() + " " + p.field()).containsExactly(
                        "2 line", "3 category", "4 line"))
                .hasMessageContaining("bad.tsv:2: line: not valid UTF-8");
    }

    @Test
    void loadReadsAUtf8File(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ja.tsv"), "殺すぞ\tTHREAT_TO_LIFE\tja\t殺すぞ\tt\n");
        assertThat(Lexicon.load(file).entries()).singleElement()
                .satisfies(e -> assertThat(e.location()).isEqualTo("ja.tsv:1"));
    }

    @Test
    void mergeCombinesLexiconsAndReportsDuplicatesAcrossFiles() throws IOException {
        Lexicon a = Lexicon.parse(new StringReader("バカ\tINSULT\tja\tバカ\tt"), "a.tsv");
        Lexicon b = Lexicon.parse(new StringReader("idiot\tINSULT\ten\tidiot\tt"), "b.tsv");
        Lexicon c = Lexicon.parse(new StringReader("\n\nばか\tINSULT\tja\tばか\tt"), "c.tsv");
        assertThat(Lexicon.merge(a, b).size()).isEqualTo(2);
        assertThatThrownBy(() -> Lexicon.merge(a, b, c)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("c.tsv:3: column 1 (term): duplicate of a.tsv:1");
    }

    @Test
    void programmaticEntriesAreValidatedToo() {
        LexiconEntry entry = new LexiconEntry("kill", SignalCategory.THREAT_TO_LIFE, "en", "skill", "", "code", 0);
        assertThatThrownBy(() -> Lexicon.of(List.of(entry))).isInstanceOf(LexiconException.class)
                .hasMessageContaining("code: column 4 (example): does not contain the term \"kill\"");
        assertThatThrownBy(() -> new LexiconEntry("x", SignalCategory.INSULT, "de", "x", "", "code", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected ja or en");
    }

    @Test
    void constructionTermsAreCheckedWithLineAndColumn() {
        assertThat(problemsOf("お前…\tINSULT\tja\tお前だ\tt",
                "お前…使えない…な\tINSULT\tja\tお前は使えないな\tt",
                "!お前…使えない\tINSULT\tja\tお前は使えない\tt",
                "お前…使えない\tINSULT\tja\tお前は使えない\tt\tおまえ",
                "お前…使えない\tINSULT\tja\t使えないのはお前\tt",
                "お前||あんた…使えない\tINSULT\tja\tお前は使えない\tt",
                "お前|あんた…使えない|役立たず\tINSULT\tja\t役立たずのお前\tt"))
                .extracting(LexiconException.Problem::toString).containsExactly(
                        "test.tsv:1: column 1 (term): \"お前…\" needs a word on both sides of … (A…B)",
                        "test.tsv:2: column 1 (term): \"お前…使えない…な\" has more gap marks than a construction takes:"
                                + " two parts, A…B (one sentence) or A……B (within 200 characters of one text)",
                        "test.tsv:3: column 1 (term): an exclusion cannot be a construction (A…B); exclude the innocent"
                                + " phrase itself",
                        "test.tsv:4: column 6 (reading): a construction (A…B) takes no reading; write each part as it"
                                + " is spelled",
                        "test.tsv:5: column 4 (example): does not contain \"お前\" and then \"使えない\" in one sentence,"
                                + " at most 16 characters apart, with no quotation mark between them",
                        "test.tsv:6: column 1 (term): \"お前||あんた…使えない\" has an empty alternative; separate the words"
                                + " of a part with single | (A|B…C|D)",
                        "test.tsv:7: column 4 (example): does not contain one of \"お前\", \"あんた\" and then one of"
                                + " \"使えない\", \"役立たず\" in one sentence, at most 16 characters apart, with no"
                                + " quotation mark between them");
    }

    @Test
    void aConstructionsExampleMustHoldItsOwnPartsNotAnotherConstructions() {
        assertThat(problemsOf("お前…使えない\tINSULT\tja\tお前は使えない\tt",
                "あんた…役立たず\tINSULT\tja\tお前は使えないし役立たずだ\tt",
                "you…an idiot\tINSULT\ten\tyou are an idiot\tt"))
                .extracting(LexiconException.Problem::toString).containsExactly(
                        "test.tsv:2: column 4 (example): does not contain \"あんた\" and then \"役立たず\" in one sentence,"
                                + " at most 16 characters apart, with no quotation mark between them");
    }
}
