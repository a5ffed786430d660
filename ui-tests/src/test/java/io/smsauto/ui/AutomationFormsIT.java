package io.smsauto.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An automation and its actions, made through the forms as the product's users know them. */
class AutomationFormsIT extends UiTest {

    @Test
    void anAutomationWithAnAddToGroupAndASendReplyActionIsCreatedThroughTheFormsAndListed() throws Exception {
        String listName = unique("VIP ");
        AdminApi.create("/api/v1/lists", "{\"name\": \"" + listName + "\"}");
        String name = unique("Confirmations ");
        String keyword = unique("OUI");
        signIn();
        go("#/automations/new");

        fillSettings(name, keyword, number("+33757"));
        addAction("ADD_TO_GROUP", "Join VIP");
        waitForText(By.cssSelector(".action-form select[data-field=listId]"), listName);
        new Select(driver.findElement(By.cssSelector(".action-form select[data-field=listId]"))).selectByVisibleText(listName + " (0)");
        saveAction();
        addAction("SEND_REPLY", "Say thanks");
        type(driver.findElement(By.cssSelector(".action-form textarea[data-field=message]")), "Merci ");
        driver.findElement(By.xpath("//div[contains(@class,'placeholders')]//button[.='{{from}}']")).click();
        waitForText(By.cssSelector(".action-form .counter"), "18 characters · 1 SMS (GSM-7");
        saveAction();

        List<WebElement> cards = driver.findElements(By.cssSelector(".action-card"));
        assertEquals(2, cards.size());
        // the type is shown in capitals (CSS), which Selenium's text follows
        assertTrue(cards.get(0).getText().toLowerCase().contains("add to group") && cards.get(0).getText().contains(listName),
                cards.get(0).getText());
        assertTrue(cards.get(1).getText().contains("Merci {{from}}"), cards.get(1).getText());

        driver.findElement(By.cssSelector("form.create-automation button[type=submit]")).click();
        waitForText(By.tagName("h1"), name);
        go("#/automations");
        WebElement row = visible(By.xpath("//tr[td/a[.='" + name + "']]"));
        assertTrue(row.getText().contains(keyword), row.getText());
        assertTrue(row.getText().contains("First word"), row.getText());
        assertEquals("2", row.findElements(By.tagName("td")).get(6).getText());
        assertTrue(row.findElement(By.cssSelector("input[role=switch]")).isSelected());
    }

    @Test
    void anActionSavedOnAnExistingAutomationIsStoredAtOnce() throws Exception {
        String id = AdminApi.create("/api/v1/automations", automation(unique("Existing "), unique("HI"))).get("id").asText();
        signIn();
        go("#/automations/" + id);

        addAction("FORWARD_TO_URL", "Tell the CRM");
        new Select(visible(By.cssSelector(".action-form select[data-field=method]"))).selectByValue("GET");
        type(driver.findElement(By.cssSelector(".action-form input[data-field=url]")), "https://crm.example/{{from}}");
        driver.findElement(By.xpath("//button[contains(., 'Add header')]")).click();
        type(driver.findElement(By.cssSelector(".action-form input[data-field='headers[0].key']")), "X-Source");
        type(driver.findElement(By.cssSelector(".action-form input[data-field='headers[0].value']")), "smsauto");
        saveAction();
        waitForText(By.cssSelector(".action-list"), "GET https://crm.example/{{from}}");

        driver.navigate().refresh();
        waitForText(By.cssSelector(".action-list"), "Tell the CRM");
    }

    @Test
    void aSavedActionIsEditedAndAnotherRemoved() throws Exception {
        String id = AdminApi.create("/api/v1/automations", """
                {"name": "%s", "numbers": ["%s"], "trigger": {"keywords": ["%s"], "match": "FIRST_WORD"},
                 "actions": [{"name": "Say hi", "type": "SEND_REPLY", "message": "Hi {{from}}"},
                             {"name": "Tell the team", "type": "FORWARD_TO_MOBILE", "numbers": ["+33611111111"]}]}
                """.formatted(unique("Edited "), number("+33757"), unique("HEY"))).get("id").asText();
        signIn();
        go("#/automations/" + id);

        click(By.cssSelector(".action-card button[aria-label='Edit: Say hi']"));
        type(visible(By.cssSelector(".action-form textarea[data-field=message]")), "Hello again {{from}}");
        saveAction();
        waitForText(By.cssSelector(".action-list"), "Hello again {{from}}");
        click(By.cssSelector(".action-card button[aria-label='Remove: Tell the team']"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".action-card"), 1));

        driver.navigate().refresh();
        waitForText(By.cssSelector(".action-list"), "Hello again {{from}}");
        assertEquals(1, driver.findElements(By.cssSelector(".action-card")).size());
    }

    @Test
    void aValidationErrorIsShownNextToTheFieldItNames() throws Exception {
        String id = AdminApi.create("/api/v1/automations", automation(unique("Invalid "), unique("BAD"))).get("id").asText();
        signIn();
        go("#/automations/" + id);

        addAction("SEND_REPLY", "Broken reply");
        type(driver.findElement(By.cssSelector(".action-form textarea[data-field=message]")), "Hello {{nope}}");
        saveAction();

        WebElement message = driver.findElement(By.cssSelector(".action-form textarea[data-field=message]"));
        WebElement error = visible(By.cssSelector(".action-form textarea[data-field=message] ~ .field-error"));
        assertTrue(error.getText().contains("nope"), error.getText());
        assertEquals("true", message.getAttribute("aria-invalid"));
        assertTrue(message.getAttribute("aria-describedby").contains(error.getAttribute("id")));
        assertEquals(message, driver.switchTo().activeElement());
    }

    @Test
    void aMissingKeywordOfANewAutomationIsShownByTheKeywords() throws Exception {
        signIn();
        go("#/automations/new");
        type(visible(By.cssSelector("input[data-field=name]")), unique("No keyword "));
        addAction("UNSUBSCRIBE", "Stop them");
        saveAction();

        driver.findElement(By.cssSelector("form.create-automation button[type=submit]")).click();

        WebElement error = visible(By.cssSelector("fieldset[data-field='trigger.keywords'] .field-error"));
        assertTrue(!error.getText().isBlank());
    }

    private static void fillSettings(String name, String keyword, String receivingNumber) {
        type(visible(By.cssSelector("input[data-field=name]")), name);
        type(driver.findElement(By.cssSelector("input[data-field='trigger.keywords[0]']")), keyword);
        driver.findElement(By.xpath("//fieldset[@data-field='numbers']//button[contains(., 'Add number')]")).click();
        type(driver.findElement(By.cssSelector("input[data-field='numbers[0]']")), receivingNumber);
    }

    /** "Add action", then the type in the drop-down, then the action's name. */
    private static void addAction(String type, String name) {
        click(By.cssSelector("button.add-action"));
        click(By.cssSelector(".menu button[data-type=" + type + "]"));
        type(visible(By.cssSelector(".action-form input[data-field=name]")), name);
    }

    private static void saveAction() {
        driver.findElement(By.cssSelector(".action-form button.save-action")).click();
    }

    static String automation(String name, String keyword) {
        return """
                {"name": "%s", "numbers": ["%s"], "trigger": {"keywords": ["%s"], "match": "FIRST_WORD"},
                 "actions": [{"name": "Say hi", "type": "SEND_REPLY", "message": "Hi {{from}}"}]}
                """.formatted(name, number("+33757"), keyword);
    }
}
