package org.resumepipeline.score.text;

import java.util.Locale;

/** Splits a text into {@link Tokens} in one pass over its characters. Stateless and thread-safe. */
public final class Tokenizer {
    private static final String SYMBOLS = "%$€£¥+~#/&×<>=@*^→";

    private Tokenizer() {
    }

    /**
     * @param text any text, not null
     * @return its tokens: words (letters first; inner '-', '\'', '.', '_' kept: "re-indexed", "node.js"), numbers
     *         ("1,200", "3.11", "1.2.3"; letters right after a number are a separate word token without a space
     *         before it: "200ms" = 200 + ms), symbols and punctuation, one character each ("???" is one token);
 *         a Chinese or Japanese character is a word token of its own
     */
    public static Tokens tokenize(final String text) {
        final int n = text.length();
        final Tokens tokens = new Tokens(text, n / 4 + 4);
        boolean space = true;
        int i = 0;
        while (i < n) {
            final char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i++;
                continue;
            }
            final int s = i;
            final byte kind;
            if (isCjk(c)) {
                // Chinese and Japanese have no spaces between words: each character is a token of its own
                i++;
                kind = Tokens.WORD;
            } else if (Character.isLetter(c)) {
                i = wordEnd(text, i + 1, n);
                if (i < n && i - s <= 2) {
                    final char d = text.charAt(i);
                    if (d == '+' && i + 1 < n && text.charAt(i + 1) == '+' && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                        i += 2;
                    } else if (d == '#' && (i + 1 == n || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                        i += 1;
                    }
                }
                kind = Tokens.WORD;
            } else if (c >= '0' && c <= '9') {
                i++;
                while (i < n) {
                    final char d = text.charAt(i);
                    if (d >= '0' && d <= '9') {
                        i++;
                    } else if ((d == '.' || d == ',') && i + 1 < n && isDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                kind = Tokens.NUMBER;
            } else if (c == '?') {
                while (i < n && text.charAt(i) == '?') {
                    i++;
                }
                kind = Tokens.PUNCT;
            } else {
                i++;
                kind = SYMBOLS.indexOf(c) >= 0 ? Tokens.SYMBOL : Tokens.PUNCT;
            }
            final String raw = text.substring(s, i);
            tokens.add(s, i, kind, space, kind == Tokens.WORD ? raw.toLowerCase(Locale.ROOT) : raw);
            space = false;
        }
        return tokens;
    }

    private static int wordEnd(final String text, final int from, final int n) {
        int i = from;
        while (i < n) {
            final char d = text.charAt(i);
            if (Character.isLetterOrDigit(d) && !isCjk(d)) {
                i++;
            } else if ((d == '-' || d == '\'' || d == '\u2019' || d == '.' || d == '_') && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1))
                    && !(d == '.' && Character.isUpperCase(text.charAt(i + 1)) && i + 2 < n
                    && Character.isLowerCase(text.charAt(i + 2)))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** @return true for a Han, Hiragana or Katakana character */
    public static boolean isCjk(final char c) {
        final Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean isDigit(final char c) {
        return c >= '0' && c <= '9';
    }
}
