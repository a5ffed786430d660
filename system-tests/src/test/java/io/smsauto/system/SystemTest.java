package io.smsauto.system;

import org.junit.jupiter.api.BeforeAll;

/** Base of the end-to-end tests: the running system and the ways to drive and observe it from outside. */
abstract class SystemTest {

    static RunningSystem running;
    static Carriers carriers;
    static AdminApi admin;
    static ContactApi contacts;
    static SentSms sms;
    static ReceivedMail mail;

    @BeforeAll
    static void startSystem() throws Exception {
        running = RunningSystem.get();
        carriers = new Carriers(running);
        admin = new AdminApi(running);
        contacts = new ContactApi(running);
        sms = new SentSms(running);
        mail = new ReceivedMail(running);
    }
}
