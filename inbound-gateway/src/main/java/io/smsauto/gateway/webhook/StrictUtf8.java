package io.smsauto.gateway.webhook;

import io.smsauto.conventions.rest.MalformedRequestException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses what is not: a carrier's bytes are never silently turned into
 * replacement characters, which would change the text and break its signature.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** @throws MalformedRequestException naming {@code field} when the bytes are not valid UTF-8 */
    public static String decode(byte[] bytes, int length, String field) {
        if (isAscii(bytes, length)) {
            return new String(bytes, 0, length, StandardCharsets.US_ASCII);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedRequestException(field, field + " is not valid UTF-8");
        }
    }

    public static String decode(byte[] bytes, String field) {
        return decode(bytes, bytes.length, field);
    }

    private static boolean isAscii(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
