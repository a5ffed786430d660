package io.smsauto.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web UI's files, served at / without the token, from this service alone (no CDN). */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class WebUiTest {

    private static final Pattern IMPORT = Pattern.compile("from '(\\./[^']+|\\.\\./[^']+)'");
    private static final Pattern EXTERNAL = Pattern.compile("(src|href)=\"(https?:)?//");

    @Test
    void thePageIsServedAtTheRootWithoutTheTokenAndLoadsNothingFromElsewhere() {
        String page = given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();

        assertTrue(page.contains("js/main.js"), page);
        assertTrue(!EXTERNAL.matcher(page).find(), "loads something from another origin");
        given().get("/app.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void everyModuleTheScriptImportsIsServed() {
        Set<String> seen = new HashSet<>();
        Deque<String> modules = new ArrayDeque<>();
        modules.add("/js/main.js");
        while (!modules.isEmpty()) {
            String module = modules.pop();
            if (!seen.add(module)) {
                continue;
            }
            String source = given().get(module).then().statusCode(200).contentType(containsString("javascript"))
                    .extract().asString();
            Matcher imported = IMPORT.matcher(source);
            while (imported.find()) {
                modules.add(resolve(module, imported.group(1)));
            }
        }
        assertTrue(seen.size() > 10, seen.toString());
    }

    @Test
    void englishAndFrenchHaveTheSameTexts() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode english = json.readTree(given().get("/i18n/en.json").then().statusCode(200).extract().asString());
        JsonNode french = json.readTree(given().get("/i18n/fr.json").then().statusCode(200).extract().asString());

        assertEquals(keys(english, ""), keys(french, ""));
    }

    private static String resolve(String from, String relative) {
        String base = from.substring(0, from.lastIndexOf('/'));
        String path = relative;
        while (path.startsWith("../")) {
            base = base.substring(0, base.lastIndexOf('/'));
            path = path.substring(3);
        }
        return base + "/" + path.replaceFirst("^\\./", "");
    }

    private static Set<String> keys(JsonNode node, String prefix) {
        Set<String> keys = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isObject()) {
                keys.addAll(keys(field.getValue(), prefix + field.getKey() + "."));
            } else {
                keys.add(prefix + field.getKey());
            }
        }
        return keys;
    }
}
