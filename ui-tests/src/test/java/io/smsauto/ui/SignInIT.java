package io.smsauto.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Nothing is shown or called without the API token; it lives in the browser session only. */
class SignInIT extends UiTest {

    @Test
    void withoutATokenOnlyTheSignInFormIsShown() throws Exception {
        go("#/lists");

        visible(By.cssSelector("form.signin"));
        assertFalse(driver.findElement(By.id("nav")).isDisplayed());
        assertFalse(driver.findElement(By.id("sign-out")).isDisplayed());
        assertTrue(driver.findElements(By.cssSelector("table")).isEmpty());
    }

    @Test
    void aWrongTokenIsRefusedAndKeptNowhere() {
        type(visible(By.cssSelector("form.signin input[type=password]")), "not-the-token");
        driver.findElement(By.cssSelector("form.signin button[type=submit]")).click();

        waitForText(By.cssSelector("form.signin [role=alert]"), "not accepted");
        assertFalse(driver.findElement(By.id("nav")).isDisplayed());
        assertEquals(null, driver.executeScript("return sessionStorage.getItem('smsauto.token')"));
    }

    @Test
    void theTokenOpensTheAutomationsAndStaysInTheSessionStorageOnly() {
        signIn();

        waitForText(By.tagName("h1"), "Automations");
        assertEquals(UiSystem.API_TOKEN, driver.executeScript("return sessionStorage.getItem('smsauto.token')"));
        assertEquals(null, driver.executeScript("return localStorage.getItem('smsauto.token')"));
    }

    @Test
    void aTokenNoLongerAcceptedReturnsToTheSignIn() {
        signIn();
        driver.executeScript("sessionStorage.setItem('smsauto.token', 'revoked'); location.hash = '#/lists';");

        visible(By.cssSelector("form.signin"));
        assertEquals(null, driver.executeScript("return sessionStorage.getItem('smsauto.token')"));
    }

    @Test
    void signingOutForgetsTheToken() {
        signIn();
        driver.findElement(By.id("sign-out")).click();

        visible(By.cssSelector("form.signin"));
        assertEquals(null, driver.executeScript("return sessionStorage.getItem('smsauto.token')"));
    }
}
