package io.smsauto.storm;

/**
 * What one storm message is, and the effects it must have: the action results on
 * {@code actions.results}, the SMS at the Vonage stand-in, the calls at the URL target, the actions
 * automation-admin's execution history shows succeeded (a built-in keyword's are not kept there).
 */
enum Kind {
    /** Fires the reply automation: a reply SMS and an add-to-list. */
    REPLY(2, 1, 0, 2),
    /** The built-in opt-out: unsubscribe plus the confirmation SMS. */
    STOP(2, 1, 0, 0),
    /** Fires the forward-to-URL automation. */
    URL(1, 0, 1, 1),
    /** Matches nothing: no effect at all. */
    NOTHING(0, 0, 0, 0);

    final int results;
    final int sms;
    final int calls;
    final int history;

    Kind(int results, int sms, int calls, int history) {
        this.results = results;
        this.sms = sms;
        this.calls = calls;
        this.history = history;
    }
}
