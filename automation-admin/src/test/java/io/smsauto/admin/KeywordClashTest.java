package io.smsauto.admin;

import static io.smsauto.admin.Api.AUTOMATIONS;
import static io.smsauto.admin.Api.api;
import static io.smsauto.admin.Api.automation;
import static io.smsauto.admin.Api.create;
import static io.smsauto.admin.Api.keyword;
import static io.smsauto.admin.Api.number;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN.md §4: a second enabled automation with the same keyword, mode and number is a 409 naming the first. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class KeywordClashTest {

    @Test
    void theSameKeywordModeAndNumberIsA409NamingTheOtherAutomation() {
        String number = number();
        String keyword = keyword("CLASH");
        String first = create(automation("First", number, keyword, "EXACT"));

        api().body(automation("Second", number, keyword.toLowerCase() + " !", "EXACT")).post(AUTOMATIONS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(first))
                .body("detail", containsString("'First'"))
                .body("violations[0].field", equalTo("trigger.keywords[0]"));
    }

    @Test
    void automationsOnEveryNumberClashWithEachOther() {
        String keyword = keyword("EVERY");
        create(automation("Everywhere", number(), keyword, "FIRST_WORD").replaceAll("\"numbers\": \\[[^]]*]", "\"numbers\": []"));

        api().body(automation("Everywhere too", number(), keyword, "FIRST_WORD").replaceAll("\"numbers\": \\[[^]]*]", "\"numbers\": []"))
                .post(AUTOMATIONS).then().statusCode(409);
    }

    @Test
    void anotherModeAnotherNumberOrEveryNumberMayCoexist() {
        String number = number();
        String keyword = keyword("COEXIST");
        create(automation("Exact", number, keyword, "EXACT"));

        create(automation("Contains", number, keyword, "CONTAINS"));
        create(automation("Elsewhere", number(), keyword, "EXACT"));
        create(automation("Everywhere", number, keyword, "EXACT").replaceAll("\"numbers\": \\[[^]]*]", "\"numbers\": []"));
    }

    @Test
    void aDisabledAutomationClashesOnlyOnceEnabled() {
        String number = number();
        String keyword = keyword("DISABLED");
        create(automation("Enabled", number, keyword, "EXACT"));
        String disabled = create(automation("Disabled", number, keyword, "EXACT").replace("\"enabled\": true", "\"enabled\": false"));

        api().body("{\"enabled\": true}").patch(AUTOMATIONS + "/" + disabled)
                .then().statusCode(409).body("detail", containsString("'Enabled'"));
        api().get(AUTOMATIONS + "/" + disabled).then().body("enabled", equalTo(false));
    }

    @Test
    void aDisabledAutomationDoesNotBlockANewOne() {
        String number = number();
        String keyword = keyword("OFF");
        create(automation("Off", number, keyword, "EXACT").replace("\"enabled\": true", "\"enabled\": false"));

        create(automation("On", number, keyword, "EXACT"));
    }

    @Test
    void anAutomationDoesNotClashWithItself() {
        String number = number();
        String keyword = keyword("SELF");
        String id = create(automation("Self", number, keyword, "EXACT"));

        api().body(automation("Self renamed", number, keyword, "EXACT")).put(AUTOMATIONS + "/" + id).then().statusCode(200);
    }

    @Test
    void aReplaceThatTakesAnotherAutomationsKeywordIs409() {
        String number = number();
        String taken = keyword("TAKEN");
        create(automation("Owner", number, taken, "EXACT"));
        String id = create(automation("Other", number, keyword("OTHER"), "EXACT"));

        api().body(automation("Other", number, taken, "EXACT")).put(AUTOMATIONS + "/" + id)
                .then().statusCode(409).body("detail", containsString("'Owner'"));
    }

    @Test
    void concurrentCreationsOfTheSameKeywordSaveOnlyOne() throws Exception {
        String number = number();
        String keyword = keyword("RACE");
        List<Integer> statuses = Api.concurrently(4, i -> api()
                .body(automation("Racer " + i, number, keyword, "EXACT")).post(AUTOMATIONS).statusCode());

        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses::toString);
        assertEquals(3, statuses.stream().filter(status -> status == 409).count(), statuses::toString);
    }
}
