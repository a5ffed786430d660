-- One row per recipient of an action event, written before the SMS is sent: a redelivered event
-- finds it and never sends again.
CREATE TABLE sends (
    event_id            text        NOT NULL,
    recipient           text        NOT NULL,
    status              text        NOT NULL,   -- SENDING, SUCCEEDED, FAILED, SKIPPED
    detail              text,
    provider_reference  text,                   -- Vonage message id(s)
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    PRIMARY KEY (event_id, recipient)
);

-- SMS that were not sent because no Vonage credentials are configured, for the UI's phone.
CREATE TABLE sandbox_messages (
    id          bigserial   PRIMARY KEY,
    event_id    text        NOT NULL,
    sender      text        NOT NULL,
    recipient   text        NOT NULL,
    text        text        NOT NULL,
    created_at  timestamptz NOT NULL
);
