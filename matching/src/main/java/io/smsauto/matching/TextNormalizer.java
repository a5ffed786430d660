package io.smsauto.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a message or a keyword into the tokens that matching compares (DESIGN.md §3): each code
 * point is folded ({@link CodePointFolding}), then split into
 * <ul>
 * <li>words: runs of letters, digits, {@code _} and {@code '}; an apostrophe that begins or ends a
 * word is a quote, not part of it ({@code 'oui'} = {@code oui}, {@code aujourd'hui} stays one word);
 * <li>symbols: every other character that is not whitespace or punctuation, each a token of its
 * own ({@code 👍}, {@code €}, {@code +}); emoji joined by a zero-width joiner are one token;
 * <li>nothing: whitespace and punctuation, which only separate.
 * </ul>
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** The normalised tokens of {@code text}; empty for null or a text without words or symbols. */
    public static List<String> normalize(String text) {
        List<Token> tokens = tokenize(text);
        List<String> texts = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            texts.add(token.text());
        }
        return texts;
    }

    static List<Token> tokenize(String text) {
        Tokenizing tokenizing = new Tokenizing();
        if (text == null) {
            return tokenizing.tokens;
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String folded = CodePointFolding.fold(codePoint);
            for (int k = 0; k < folded.length(); ) {
                int c = folded.codePointAt(k);
                tokenizing.accept(c, i);
                k += Character.charCount(c);
            }
            i += Character.charCount(codePoint);
        }
        tokenizing.endWord();
        return tokenizing.tokens;
    }

    /** The state of one pass over a text. */
    private static final class Tokenizing {

        final List<Token> tokens = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private int wordStart;
        private boolean lastWasSymbol;
        private boolean joinNextSymbol;

        /** Takes folded code point {@code c}, which comes from the original text at {@code position}. */
        void accept(int c, int position) {
            if (c == CodePointFolding.ZERO_WIDTH_JOINER) {
                // joins two emoji; inside a word (Indic scripts) it changes only the rendering
                joinNextSymbol = lastWasSymbol;
                return;
            }
            boolean openingQuote = c == '\'' && word.length() == 0;
            boolean symbol = false;
            if (isWordCharacter(c) && !openingQuote) {
                if (word.length() == 0) {
                    wordStart = position;
                }
                word.appendCodePoint(c);
            } else if (isSeparator(c) || openingQuote) {
                endWord();
            } else {
                endWord();
                addSymbol(c, position);
                symbol = true;
            }
            lastWasSymbol = symbol;
            joinNextSymbol = false;
        }

        private void addSymbol(int c, int position) {
            if (joinNextSymbol && lastWasSymbol) {
                Token previous = tokens.remove(tokens.size() - 1);
                tokens.add(new Token(previous.text() + "\u200D" + Character.toString(c), previous.start()));
            } else {
                tokens.add(new Token(Character.toString(c), position));
            }
        }

        /** Closes the current word, without the apostrophes that end it (closing quotes). */
        void endWord() {
            int end = word.length();
            while (end > 0 && word.charAt(end - 1) == '\'') {
                end--;
            }
            if (end > 0) {
                tokens.add(new Token(word.substring(0, end), wordStart));
            }
            word.setLength(0);
        }
    }

    private static boolean isWordCharacter(int c) {
        if (c == '_' || c == '\'') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Whitespace, control characters and punctuation. */
    private static boolean isSeparator(int c) {
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.CONTROL, Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
