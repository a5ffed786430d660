package io.smsauto.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Contact lists through the UI: contact-service's API, reached through automation-admin. */
class ContactListsIT extends UiTest {

    @Test
    void aListCreatedInTheFormIsListed() throws Exception {
        String name = unique("Club ");
        signIn();
        go("#/lists");

        type(visible(By.cssSelector("form.create-list input")), name);
        driver.findElement(By.cssSelector("form.create-list button[type=submit]")).click();

        waitForText(By.cssSelector("table.lists"), name);
    }

    @Test
    void aListIsRenamedThenDeleted() throws Exception {
        String listId = AdminApi.create("/api/v1/lists", "{\"name\": \"" + unique("Old ") + "\"}").get("id").asText();
        String renamed = unique("New ");
        signIn();
        go("#/lists");

        click(By.cssSelector("tr[data-list='" + listId + "'] button"));
        WebElement name = visible(By.cssSelector("tr[data-list='" + listId + "'] input[data-field=name]"));
        type(name, renamed);
        name.sendKeys(Keys.ENTER);
        waitForText(By.cssSelector("tr[data-list='" + listId + "']"), renamed);

        driver.findElement(By.cssSelector("tr[data-list='" + listId + "'] button.danger")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.alertIsPresent()).accept();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("tr[data-list='" + listId + "']")));
    }

    @Test
    void aNumberAddedToAListIsShownAmongItsMembers() throws Exception {
        String listId = AdminApi.create("/api/v1/lists", "{\"name\": \"" + unique("Members ") + "\"}").get("id").asText();
        String member = number("+33612");
        signIn();
        go("#/lists/" + listId);

        WebElement input = visible(By.cssSelector("input[type=tel]"));
        type(input, member);
        input.sendKeys(Keys.ENTER);

        waitForText(By.cssSelector("table.members"), member);
    }

    @Test
    void aNumberRemovedFromAListLeavesItsMembers() throws Exception {
        String listId = AdminApi.create("/api/v1/lists", "{\"name\": \"" + unique("Leavers ") + "\"}").get("id").asText();
        String member = number("+33612");
        AdminApi.put("/api/v1/lists/" + listId + "/members/" + member, 201);
        signIn();
        go("#/lists/" + listId);

        click(By.cssSelector("table.members button[aria-label='Remove: " + member + "']"));

        waitForText(By.cssSelector("main"), "No member yet.");
        driver.navigate().refresh();
        waitForText(By.cssSelector("main"), "No member yet.");
    }

    @Test
    void aCsvImportShowsItsReport() throws Exception {
        String listId = AdminApi.create("/api/v1/lists", "{\"name\": \"" + unique("Import ") + "\"}").get("id").asText();
        Path csv = Files.createTempFile("members", ".csv");
        Files.writeString(csv, "number\n" + number("+33613") + "\n" + number("+33614") + "\nnot a number\n");
        signIn();
        go("#/lists/" + listId);

        visible(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
        driver.findElement(By.xpath("//button[normalize-space()='Import']")).click();

        waitForText(By.cssSelector(".import-report"), "2 added, 0 already on the list, 1 rejected");
        waitForText(By.cssSelector(".import-report"), "Line 4");
        Files.delete(csv);
        assertEquals(2, visible(By.cssSelector("table.members")).findElements(By.cssSelector("tbody tr")).size());
    }
}
