package org.kasuhara.text.internal;

import java.util.Arrays;

/**
 * A run of Japanese tokens read as one string of keys — base forms or readings, katakana folded to hiragana — with
 * the token boundaries, so that a lexicon term's key matches only whole tokens: the term 殺す matches the base forms
 * of 「殺されたいのか」 (殺す・れる・たい・の・か), and the reading ばか does not match inside 「ばかり」, one token.
 */
final class TokenKeys {
    private final StringBuilder keys = new StringBuilder();
    private int[] keyStarts = new int[16];  // where token k starts in keys; keyStarts[count] = keys.length()
    private int[] textStarts = new int[16]; // where token k starts in the text
    private int[] textEnds = new int[16];
    private int count;

    void add(String key, int textStart, int textEnd) {
        if (count + 1 >= keyStarts.length) {
            keyStarts = Arrays.copyOf(keyStarts, keyStarts.length * 2);
            textStarts = Arrays.copyOf(textStarts, textStarts.length * 2);
            textEnds = Arrays.copyOf(textEnds, textEnds.length * 2);
        }
        keyStarts[count] = keys.length();
        appendFolded(key);
        textStarts[count] = textStart;
        textEnds[count] = textEnd;
        count++;
        keyStarts[count] = keys.length();
    }

    String keys() {
        return keys.toString();
    }

    int count() {
        return count;
    }

    /**
     * The token that starts at key offset {@code at}, or -1 when no token starts there.
     */
    int tokenStartingAt(int at) {
        int k = Arrays.binarySearch(keyStarts, 0, count, at);
        return k >= 0 ? k : -1;
    }

    /**
     * The token that ends at key offset {@code at}, or -1 when no token ends there.
     */
    int tokenEndingAt(int at) {
        int k = Arrays.binarySearch(keyStarts, 1, count + 1, at);
        return k >= 0 ? k - 1 : -1;
    }

    int textStart(int token) {
        return textStarts[token];
    }

    int textEnd(int token) {
        return textEnds[token];
    }

    private void appendFolded(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            keys.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
        }
    }
}
