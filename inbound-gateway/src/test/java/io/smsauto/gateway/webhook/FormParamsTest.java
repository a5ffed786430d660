package io.smsauto.gateway.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsauto.conventions.rest.MalformedRequestException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormParamsTest {

    private static Map<String, List<String>> parse(String body) {
        return FormParams.parse(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void decodesPlusAndPercentEscapesAsUtf8() {
        assertEquals(Map.of("text", List.of("Désinscription ! 👍"), "to", List.of("+33757000001")),
                parse("text=D%C3%A9sinscription+%21+%F0%9F%91%8D&to=%2B33757000001"));
    }

    @Test
    void keepsEveryValueOfARepeatedNameInOrder() {
        assertEquals(Map.of("MediaUrl", List.of("b", "a")), parse("MediaUrl=b&MediaUrl=a"));
    }

    @Test
    void aNameWithoutEqualsSignHasAnEmptyValueAndEmptyPairsAreSkipped() {
        assertEquals(Map.of("keyword", List.of(""), "a", List.of("1=2")), parse("&keyword&&a=1=2&"));
    }

    @Test
    void anEmptyBodyHasNoParameters() {
        assertEquals(Map.of(), parse(""));
    }

    @Test
    void rawUtf8BytesAreAcceptedLikeTheirEscapes() {
        assertEquals(Map.of("text", List.of("é")), FormParams.parse("text=é".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource({
            "text=%FF, text",               // not UTF-8
            "text=%C3, text",               // a truncated sequence
            "text=%ED%A0%80, text",         // a surrogate encoded in UTF-8
            "text=%C0%AF, text",            // an overlong encoding
            "text=%G1, text",               // not hex
            "text=abc%4, text",             // a truncated escape
            "%FF=1, body"})                 // a name that is not UTF-8
    void refusesWhatIsNotValidUtf8OrPercentEncoding(String body, String field) {
        MalformedRequestException e = assertThrows(MalformedRequestException.class, () -> parse(body));
        assertEquals(field, e.field());
    }

    @Test
    void readsARawQueryStringWhoseBytesArrivedAsLatin1Characters() {
        String rawQuery = new String("text=é&to=1".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertEquals(Map.of("text", List.of("é"), "to", List.of("1")), FormParams.parseQuery(rawQuery));
    }

    @Test
    void theFirstValueOfEachParameterIsWhatCarriersMean() {
        assertEquals(Map.of("a", "1", "b", "3"), FormParams.firstValues(parse("a=1&b=3&a=2")));
    }
}
