-- One row per forward-to-url action event: the work queue of the outbound calls, their retry
-- schedule and, once they failed for good, the dead letters operators can replay.
CREATE TABLE calls (
    event_id          text        PRIMARY KEY,
    event             text        NOT NULL,   -- the ActionRequested JSON as it was received
    contact           text        NOT NULL,   -- the record key of its result
    method            text,
    url               text,
    host              text,                   -- lower-case host of the url; null when the url is unusable
    status            text        NOT NULL,   -- PENDING, SUCCEEDED, FAILED (a dead letter)
    attempts          integer     NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz NOT NULL,
    lease_token       text,                   -- who is working on it, until lease_until
    lease_until       timestamptz,
    http_status       integer,
    error             text,
    last_call_ms      bigint,
    received_at       timestamptz NOT NULL,
    first_attempt_at  timestamptz,
    finished_at       timestamptz,
    reported_at       timestamptz,            -- when its result (and dead letter) reached Kafka
    replays           integer     NOT NULL DEFAULT 0
);

CREATE INDEX calls_due ON calls (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX calls_unreported ON calls (finished_at) WHERE status <> 'PENDING' AND reported_at IS NULL;
CREATE INDEX calls_dead_letters ON calls (finished_at DESC, event_id) WHERE status = 'FAILED';
CREATE INDEX calls_dead_letters_by_host ON calls (host) WHERE status = 'FAILED';
