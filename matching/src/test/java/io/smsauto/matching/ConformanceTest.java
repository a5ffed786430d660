package io.smsauto.matching;

import static io.smsauto.matching.AutomationBuilder.automation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsauto.events.BuiltinKeyword;
import io.smsauto.events.MatchMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of the shared conformance file (../shared/conformance/matching-cases.json), as it is. */
class ConformanceTest {

    private static final String CASES = "/conformance/matching-cases.json";
    private static final String NUMBER = "+33757000001";
    private static final Map<String, BuiltinKeyword> BUILTIN_LISTS = Map.of(
            "opt-out", BuiltinKeyword.OPT_OUT, "opt-in", BuiltinKeyword.OPT_IN, "help", BuiltinKeyword.HELP);

    @ParameterizedTest(name = "{0} {1} in \"{2}\": {3}")
    @MethodSource("keywordCases")
    void keywordMatchesAsTheCaseSays(String keyword, MatchMode mode, String text, boolean expected) {
        assertEquals(expected, MatchModes.matches(mode, keyword, text));
    }

    @ParameterizedTest(name = "{0} {1} in \"{2}\": {3}")
    @MethodSource("keywordCases")
    void indexFiresTheAutomationAsTheCaseSays(String keyword, MatchMode mode, String text, boolean expected) {
        AutomationIndex index = new AutomationIndex();
        index.put(automation("a").keywords(mode, keyword).build());

        assertEquals(expected, index.match(NUMBER, text).isPresent());
    }

    @ParameterizedTest(name = "{0} \"{1}\": {2}")
    @MethodSource("builtinCases")
    void builtinKeywordAsTheCaseSays(String list, String text, boolean expected) {
        Optional<BuiltinKeyword> builtin = BuiltinKeywords.defaults().match(text);

        if (expected) {
            assertEquals(Optional.of(BUILTIN_LISTS.get(list)), builtin);
        } else {
            assertNotEquals(Optional.of(BUILTIN_LISTS.get(list)), builtin);
        }
    }

    static Stream<Arguments> keywordCases() {
        return cases().stream().filter(c -> c.has("keyword")).map(c -> Arguments.of(c.get("keyword").asText(),
                MatchMode.valueOf(c.get("match").asText()), c.get("text").asText(), c.get("expect").asBoolean()));
    }

    static Stream<Arguments> builtinCases() {
        return cases().stream().filter(c -> c.has("builtin")).map(c -> Arguments.of(c.get("builtin").asText(),
                c.get("text").asText(), c.get("expect").asBoolean()));
    }

    private static List<JsonNode> cases() {
        try (InputStream json = ConformanceTest.class.getResourceAsStream(CASES)) {
            List<JsonNode> cases = new ArrayList<>();
            new ObjectMapper().readTree(json).get("cases").forEach(cases::add);
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
