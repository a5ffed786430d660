package io.smsauto.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** "Try it": the sandbox phone sends through the real gateway and shows the replies from the sandbox. */
class SandboxPhoneIT extends UiTest {

    @Test
    void theKeywordSentFromTheSandboxPhoneGetsItsReplyAndAnExecution() throws Exception {
        String keyword = unique("HELLO");
        String receiving = number("+33757");
        String contact = number("+33615");
        String id = replyingAutomation("Greeting " + keyword, receiving, keyword, "FIRST_WORD",
                "Welcome {{from}}, you said {{keyword}}");
        signIn();
        go("#/try");

        fillPhone(contact, receiving, keyword.toLowerCase() + " please");
        driver.findElement(By.cssSelector("form.phone-form button.send")).click();

        waitForText(By.cssSelector(".bubbles"), "Welcome " + contact + ", you said " + keyword);
        WebElement reply = driver.findElement(By.cssSelector(".bubble.in"));
        assertTrue(reply.getText().contains("from " + receiving), reply.getText());

        go("#/automations/" + id + "/executions");
        waitForText(By.cssSelector(".executions"), keyword.toLowerCase() + " please");
        waitForText(By.cssSelector(".executions .status"), "Succeeded");
    }

    @Test
    void anExecutionAppearsOnTheOpenExecutionsPageWithoutAReload() throws Exception {
        String keyword = unique("LIVE");
        String receiving = number("+33757");
        String id = replyingAutomation("Live " + keyword, receiving, keyword, "EXACT", "Seen");
        signIn();
        go("#/automations/" + id + "/executions");
        waitForText(By.cssSelector(".executions"), "It has not fired yet.");
        driver.executeScript("window.notReloaded = true;");

        AdminApi.post("/api/v1/sandbox/inbound", "{\"from\": \"" + number("+33617") + "\", \"to\": \"" + receiving
                + "\", \"text\": \"" + keyword + "\"}", 200);

        waitForText(By.cssSelector(".executions"), keyword);
        waitForText(By.cssSelector(".executions .status"), "Succeeded");
        assertTrue((Boolean) driver.executeScript("return window.notReloaded === true;"));
    }

    @Test
    void theDryRunShowsWhatWouldFireWithoutSending() throws Exception {
        String keyword = unique("PRICE");
        String receiving = number("+33757");
        replyingAutomation("Prices " + keyword, receiving, keyword, "EXACT", "Our prices: {{text}}");
        signIn();
        go("#/try");

        fillPhone(number("+33616"), receiving, keyword);
        driver.findElement(By.cssSelector("form.phone-form button.dry-run-button")).click();

        waitForText(By.cssSelector(".simulation"), "Prices " + keyword + " would fire");
        waitForText(By.cssSelector(".simulation"), "Our prices: " + keyword);
        assertTrue(driver.findElements(By.cssSelector(".bubble")).isEmpty());
    }

    @Test
    void aBadContactNumberIsShownByItsField() throws Exception {
        signIn();
        go("#/try");

        fillPhone("not a number", number("+33757"), "hello");
        driver.findElement(By.cssSelector("form.phone-form button.send")).click();

        WebElement error = visible(By.cssSelector("input[data-field=from] ~ .field-error"));
        assertTrue(!error.getText().isBlank());
    }

    /** An automation on {@code receiving} whose one action replies {@code message}; its id. */
    private static String replyingAutomation(String name, String receiving, String keyword, String match,
            String message) throws Exception {
        return AdminApi.create("/api/v1/automations", """
                {"name": "%s", "numbers": ["%s"], "trigger": {"keywords": ["%s"], "match": "%s"},
                 "actions": [{"name": "Reply", "type": "SEND_REPLY", "message": "%s"}]}
                """.formatted(name, receiving, keyword, match, message)).get("id").asText();
    }

    private static void fillPhone(String contact, String receiving, String text) {
        type(visible(By.cssSelector("input[data-field=from]")), contact);
        type(driver.findElement(By.cssSelector("input[data-field=to]")), receiving);
        type(driver.findElement(By.cssSelector("textarea[data-field=text]")), text);
    }
}
