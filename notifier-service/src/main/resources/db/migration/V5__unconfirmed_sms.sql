-- With notifier.resend-unconfirmed-after set: each SMS whose outcome was unknown, with what it takes to
-- send it again if no delivery receipt settles it before resend_after. taken_at marks it taken for that one
-- more attempt (or found settled): the row stays, so that the SMS is never kept, nor sent, again.
CREATE TABLE unconfirmed_sms (
    event_id      text        NOT NULL,
    recipient     text        NOT NULL,
    sender        text        NOT NULL,
    text          text        NOT NULL,
    reaches_opted_out boolean NOT NULL,     -- a reply to a built-in keyword: sent even to an opted-out number
    resend_after  timestamptz NOT NULL,
    taken_at      timestamptz,
    PRIMARY KEY (event_id, recipient)
);
CREATE INDEX unconfirmed_sms_waiting ON unconfirmed_sms (resend_after) WHERE taken_at IS NULL;
