package org.resumepipeline.score.text;

import java.util.Arrays;

/**
 * The tokens of one text, with character offsets, produced in one pass by {@link Tokenizer}. Not thread-safe;
 * one instance per analysed text.
 */
public final class Tokens {
    /** A run of letters and digits starting with a letter, with inner hyphens, apostrophes or dots. */
    public static final byte WORD = 0;
    /** A run of digits with inner '.' or ',' ("1,200", "3.11"). */
    public static final byte NUMBER = 1;
    /** One of % $ € £ ¥ + ~ # / & × < > = @ * ^ →. */
    public static final byte SYMBOL = 2;
    /** Any other character: punctuation, bullets, brackets. */
    public static final byte PUNCT = 3;
    /**
     * Chinese and Japanese are counted in characters where the rules count words: this many characters make one
     * word (a Chinese word averages 1.5 to 2 characters), so the length thresholds mean the same amount of content.
     */
    public static final int CJK_CHARACTERS_PER_WORD = 2;

    private final String text;
    private int size;
    private int[] start;
    private int[] end;
    private byte[] kind;
    private boolean[] space;
    private String[] lower;

    Tokens(final String text, final int capacity) {
        this.text = text;
        final int cap = Math.max(4, capacity);
        start = new int[cap];
        end = new int[cap];
        kind = new byte[cap];
        space = new boolean[cap];
        lower = new String[cap];
    }

    void add(final int s, final int e, final byte k, final boolean spaceBefore, final String low) {
        if (size == start.length) {
            final int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            kind = Arrays.copyOf(kind, cap);
            space = Arrays.copyOf(space, cap);
            lower = Arrays.copyOf(lower, cap);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        space[size] = spaceBefore;
        lower[size] = low;
        size++;
    }

    /** @return the text the tokens come from */
    public String text() {
        return text;
    }

    /** @return the number of tokens */
    public int size() {
        return size;
    }

    /** @return start offset (inclusive) of token i */
    public int start(final int i) {
        return start[i];
    }

    /** @return end offset (exclusive) of token i */
    public int end(final int i) {
        return end[i];
    }

    /** @return the kind of token i: WORD, NUMBER, SYMBOL or PUNCT */
    public byte kind(final int i) {
        return kind[i];
    }

    /** @return true when whitespace (or the start of the text) precedes token i */
    public boolean spaceBefore(final int i) {
        return space[i];
    }

    /** @return token i in lower case (Locale.ROOT) */
    public String lower(final int i) {
        return lower[i];
    }

    /** @return true when token i is a word or a number */
    public boolean isWordOrNumber(final int i) {
        return kind[i] == WORD || kind[i] == NUMBER;
    }

    /** @return true when token i is exactly the one character c */
    public boolean is(final int i, final char c) {
        return i >= 0 && i < size && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
    }

    /** @return true when token i is the word w (lower case) */
    public boolean isWord(final int i, final String w) {
        return i >= 0 && i < size && lower[i].equals(w);
    }

    /** @return true when token i has exactly this text, case included */
    public boolean hasOriginal(final int i, final String original) {
        return end[i] - start[i] == original.length() && text.regionMatches(start[i], original, 0, original.length());
    }

    /** @return the number of words and numbers */
    public int wordCount() {
        int n = 0;
        int cjk = 0;
        for (int i = 0; i < size; i++) {
            if (kind[i] == WORD && end(i) - start(i) == 1 && Tokenizer.isCjk(text.charAt(start(i)))) {
                cjk++;
            } else if (kind[i] == WORD || kind[i] == NUMBER) {
                n++;
            }
        }
        return n + (cjk + CJK_CHARACTERS_PER_WORD - 1) / CJK_CHARACTERS_PER_WORD;
    }

    /** @return a copy of the lower-case tokens */
    public String[] lowerTokens() {
        return Arrays.copyOf(lower, size);
    }
}
