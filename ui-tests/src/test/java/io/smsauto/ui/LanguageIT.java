package io.smsauto.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** English and French, following the browser's language, switchable; readable at phone width. */
class LanguageIT extends UiTest {

    @Test
    void switchingToFrenchTranslatesThePageAndIsRemembered() throws Exception {
        signIn();
        go("#/automations/new");
        visible(By.cssSelector("button.add-action"));

        new Select(driver.findElement(By.id("language"))).selectByValue("fr");

        waitForText(By.tagName("h1"), "Nouvelle automatisation");
        assertEquals("fr", driver.findElement(By.tagName("html")).getAttribute("lang"));
        driver.findElement(By.cssSelector("button.add-action")).click();
        waitForText(By.cssSelector(".menu"), "Transférer vers l'URL");
        driver.findElement(By.cssSelector(".menu button[data-type=SEND_REPLY]")).click();
        waitForText(By.cssSelector(".action-form .save-action"), "Enregistrer l'action");
        driver.navigate().refresh();
        waitForText(By.cssSelector("nav#nav"), "Listes de contacts");
    }

    @Test
    void aFrenchBrowserGetsTheFrenchPage() throws Exception {
        try (Browser french = Browser.start("fr-FR")) {
            french.driver.get(UiSystem.adminUrl() + "/");
            new WebDriverWait(french.driver, WAIT).until(
                    d -> d.findElement(By.tagName("h1")).getText().equals("Connexion"));
            assertEquals("fr", french.driver.findElement(By.tagName("html")).getAttribute("lang"));
        }
    }

    @Test
    void atPhoneWidthNothingScrollsSideways() throws Exception {
        AdminApi.create("/api/v1/automations", AutomationFormsIT.automation(unique("Narrow "), unique("SMALL")));
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn();
            visible(By.cssSelector("table.responsive"));
            long overflow = (Long) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            saveScreenshot("LanguageIT.atPhoneWidth");
            assertTrue(overflow <= 0, overflow + " px wider than the screen");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
