package io.smsauto.matching;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What one code point of a message becomes before it is split into words: its compatibility
 * decomposition (NFKD) without combining marks, fully case-folded, with apostrophe look-alikes
 * turned into {@code '} and the invisible parts of emoji (skin tones, variation selectors, tags)
 * removed. The result may be empty ({@code é}'s accent alone) or longer than one code point
 * ({@code ﬁ}, {@code ß}). The zero-width joiner is kept: {@link TextNormalizer} uses it to keep an
 * emoji ZWJ sequence together.
 */
final class CodePointFolding {

    static final int ZERO_WIDTH_JOINER = 0x200D;

    private static final String APOSTROPHE = "'";
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = isApostrophe(c) ? APOSTROPHE : String.valueOf(Character.toLowerCase(c));
        }
    }

    private CodePointFolding() {
    }

    static String fold(int codePoint) {
        if (codePoint < 128) {
            return ASCII[codePoint];
        }
        // before decomposing: NFKD turns the acute accent into a space and a combining mark
        if (isApostrophe(codePoint)) {
            return APOSTROPHE;
        }
        // Marks go before case folding (ᾳ's ypogegrammeni would upper-case to a letter) and again
        // after it, as a compatibility form may decompose into capitals (℡ → TEL).
        String bare = decomposeWithoutMarks(new String(Character.toChars(codePoint)));
        return decomposeWithoutMarks(caseFold(bare));
    }

    /** Full case folding: ß and ẞ → ss, ı and İ → i, ς → σ. Lower first so that ẞ reaches SS. */
    private static String caseFold(String text) {
        return text.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static String decomposeWithoutMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (isApostrophe(c)) {
                kept.append('\'');
            } else if (!isIgnored(c)) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString();
    }

    /**
     * Accents and other non-spacing or enclosing marks (variation selectors are among them),
     * emoji skin-tone modifiers and invisible format characters other than the joiner. Spacing
     * marks stay: in Indic scripts they are vowels, part of the word.
     */
    private static boolean isIgnored(int c) {
        if (c >= 0x1F3FB && c <= 0x1F3FF) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (type == Character.FORMAT && c != ZERO_WIDTH_JOINER);
    }

    private static boolean isApostrophe(int c) {
        return switch (c) {
            case '\'', '`',
                    0x00B4, // ´ acute accent
                    0x02B9, // ʹ modifier letter prime
                    0x02BB, // ʻ modifier letter turned comma
                    0x02BC, // ʼ modifier letter apostrophe
                    0x2018, 0x2019, 0x201B, // ‘ ’ ‛
                    0x2032, // ′ prime
                    0xFF07 // ＇ fullwidth apostrophe
                    -> true;
            default -> false;
        };
    }
}
