// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.text.internal;

import java.util.EnumSet;
import java.util.Set;
import org.kasuhara.text.SignalCategory;

/**
 * Violence in a story is no act: a threat, blow or shout in a sentence about a novel, a film, a drama or a scene
 * (「推理小説の犯人が毒殺する場面」, 「ドラマで刑事が犯人を撃ち殺すシーン」, "the villain kills everyone in the last
 * scene"). A sentence that addresses someone (お前, あんた, "you") is never read as a story: 「映画なんかどうでもいい、
 * お前を殺すぞ」 stays a threat, and so does any sentence naming the cinema itself (映画館).
 */
final class Fiction {
    private static final Phrases JA_STORY = Phrases.of("小説", "映画", "ドラマ", "漫画", "マンガ", "まんが", "アニメ",
            "シーン", "場面", "主人公", "登場人物", "字幕", "劇中", "悪役", "推理", "脚本", "原作", "ミステリー", "サスペンス",
            "時代劇", "刑事もの", "ゲームの中");
    private static final Phrases JA_NOT_STORY = Phrases.of("映画館", "シネコン");
    private static final Phrases JA_ADDRESSED = Phrases.of("お前", "おまえ", "あんた", "てめえ", "てめぇ", "貴様", "きさま",
            "お宅", "おたく");
    private static final Set<String> EN_STORY = Set.of("scene", "scenes", "movie", "movies", "film", "films", "novel",
            "novels", "episode", "episodes", "character", "characters", "villain", "villains", "subtitles", "subtitle",
            "plot", "trailer", "screenplay", "thriller", "protagonist", "drama", "series");
    private static final Set<String> EN_ADDRESSED = Set.of("you", "your", "you're", "you'll", "ya", "u");
    private static final Set<SignalCategory> ACTS = EnumSet.of(SignalCategory.THREAT_TO_LIFE, SignalCategory.VIOLENCE,
            SignalCategory.TONE);

    /** How far either side of the act its sentence is read (a transcript may have no sentence end for pages). */
    static final int REACH = 80;

    private Fiction() {
    }

    static boolean inStory(String text, Candidate match) {
        if (!ACTS.contains(match.category())) {
            return false;
        }
        int[] sentence = CharClasses.sentenceAround(text, match.start(), match.end(), REACH);
        int from = sentence[0];
        int to = sentence[1];
        boolean story = false;
        for (int at = from; at < to; at++) {
            char c = text.charAt(at);
            if (CharClasses.isLatinWordChar(c)) {
                int end = at;
                while (end < to && (CharClasses.isLatinWordChar(text.charAt(end)) || text.charAt(end) == '\'')) {
                    end++;
                }
                String word = text.substring(at, end);
                if (EN_ADDRESSED.contains(word)) {
                    return false;
                }
                story |= EN_STORY.contains(word);
                at = end - 1;
            } else if (JA_ADDRESSED.matchAt(text, at) > 0 || JA_NOT_STORY.matchAt(text, at) > 0) {
                return false;
            } else {
                story |= JA_STORY.matchAt(text, at) > 0;
            }
        }
        return story;
    }
}
